package io.github.justculture.core.internal;

/**
 * How far apart two names are, for "did you mean" suggestions: the Levenshtein distance, in time
 * proportional to the product of their lengths and memory proportional to the second's. Callers
 * bound the lengths they compare.
 */
public final class EditDistance {

  private EditDistance() {}

  /**
   * The characters to insert, delete or change to turn one text into the other.
   *
   * @param a one text
   * @param b the other
   * @return the distance, 0 when they are equal
   */
  public static int between(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * The candidate nearest a text, ignoring case, if it is at most {@code maxDistance} away; the
   * first of those equally near. A text over {@value #LONGEST} characters is compared with nothing
   * (no name that long is a typo of a short one), so that a hostile text costs no more than reading
   * it.
   *
   * @param text what was given
   * @param candidates the names it may be a typo of
   * @param maxDistance the farthest a suggestion may be
   * @return the nearest candidate, if one is near enough
   */
  public static java.util.Optional<String> nearest(
      String text, Iterable<String> candidates, int maxDistance) {
    if (text.length() > LONGEST) {
      return java.util.Optional.empty();
    }
    String asked = text.toLowerCase(java.util.Locale.ROOT);
    String closest = null;
    int best = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = between(asked, candidate.toLowerCase(java.util.Locale.ROOT));
      if (distance < best) {
        best = distance;
        closest = candidate;
      }
    }
    return best <= maxDistance
        ? java.util.Optional.ofNullable(closest)
        : java.util.Optional.empty();
  }

  /** The longest text {@link #nearest} compares. */
  public static final int LONGEST = 100;
}
