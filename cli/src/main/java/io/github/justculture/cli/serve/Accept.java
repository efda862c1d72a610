package io.github.justculture.cli.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Content negotiation by the {@code Accept} header (RFC 9110, §12.5.1): which of a route's formats
 * a client takes. Each offered media type gets the weight of the most specific range that matches
 * it ({@code text/csv} before {@code text/*} before {@code *}{@code /*}); the type with the highest
 * weight above 0 wins, ties going to the route's own order (its default first). Parameters other
 * than {@code q} are ignored. A range that cannot be read (not {@code type/subtype}, a weight that
 * is not a qvalue) is left out; a header with no range that can be read, like no header, takes the
 * default.
 */
final class Accept {

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9a-z-]+");
  private static final Pattern QVALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

  private Accept() {}

  /** One media range and its weight, in thousandths. */
  private record Range(String type, String subtype, int weight) {
    /** How specifically this range matches a type: 3 exactly, 2 by its type, 1 any; 0 not. */
    int specificity(String offeredType, String offeredSubtype) {
      if (type.equals("*")) {
        return 1;
      }
      if (!type.equals(offeredType)) {
        return 0;
      }
      if (subtype.equals("*")) {
        return 2;
      }
      return subtype.equals(offeredSubtype) ? 3 : 0;
    }
  }

  /**
   * The offered media type the header prefers.
   *
   * @param header the {@code Accept} header as sent, or null
   * @param offered the route's media types ({@code text/csv}), its default first; not empty
   * @return the index of the one to answer in; empty when the header accepts none of them
   */
  static OptionalInt choose(@Nullable String header, List<String> offered) {
    List<Range> ranges = header == null ? List.of() : ranges(header);
    if (ranges.isEmpty()) {
      return OptionalInt.of(0);
    }
    int best = -1;
    int bestWeight = 0;
    for (int i = 0; i < offered.size(); i++) {
      String[] parts = offered.get(i).split("/", 2);
      int specificity = 0;
      int weight = 0;
      for (Range range : ranges) {
        int s = range.specificity(parts[0], parts[1]);
        if (s > specificity || (s == specificity && s > 0 && range.weight() > weight)) {
          specificity = s;
          weight = range.weight();
        }
      }
      if (weight > bestWeight) {
        best = i;
        bestWeight = weight;
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** The ranges that can be read, in order. */
  private static List<Range> ranges(String header) {
    List<Range> ranges = new ArrayList<>();
    for (String element : header.split(",", -1)) {
      String[] params = element.split(";", -1);
      String[] type = params[0].trim().toLowerCase(Locale.ROOT).split("/", -1);
      if (type.length != 2
          || !TOKEN.matcher(type[0]).matches()
          || !TOKEN.matcher(type[1]).matches()
          || (type[0].equals("*") && !type[1].equals("*"))) {
        continue;
      }
      int weight = 1000;
      boolean readable = true;
      for (int i = 1; i < params.length; i++) {
        String param = params[i].trim();
        if (param.length() >= 2 && param.substring(0, 2).equalsIgnoreCase("q=")) {
          String q = param.substring(2);
          if (!QVALUE.matcher(q).matches()) {
            readable = false;
            break;
          }
          weight = (int) Math.round(Double.parseDouble(q) * 1000);
        }
      }
      if (readable) {
        ranges.add(new Range(type[0], type[1], weight));
      }
    }
    return ranges;
  }
}
