package io.github.justculture.core.internal;

import java.util.Locale;

/** Quoting of text as a JSON string, for echoing offending values in findings. */
public final class JsonText {

  private JsonText() {}

  /**
   * The text as a JSON string literal, escaped; stops copying once the result passes {@code
   * maxLength} characters (the caller shortens it further).
   */
  public static String quote(String raw, int maxLength) {
    return quote(raw, '"', maxLength);
  }

  /**
   * The text as a JSON string literal, escaped, for a message: at most {@code maxLength}
   * characters, a longer one cut and ending in {@code …}.
   *
   * @param raw the text
   * @param maxLength the most characters shown, at least 2
   * @return the quoted text, perhaps cut
   */
  public static String shown(String raw, int maxLength) {
    String text = quote(raw, maxLength);
    return text.length() <= maxLength ? text : text.substring(0, maxLength - 1) + "…";
  }

  /**
   * The text between two {@code quote} characters, escaped so that it stays one line of plain text
   * and reads back unambiguously: a backslash and the quote character with a backslash, line ends,
   * tabs, backspaces and form feeds as {@code \n}, {@code \t}, … (the escapes JSON and RFC 9535
   * share), and the other control characters (C0, DEL, C1), the Unicode line and paragraph
   * separators and unpaired surrogates as a backslash, {@code u} and four hexadecimal digits.
   * Copying stops once the result passes {@code maxLength} characters.
   *
   * @param raw the text
   * @param quote the quote character, {@code "} for JSON or {@code '} for a JSON path's name
   * @param maxLength the length past which copying stops
   * @return the quoted text
   */
  static String quote(String raw, char quote, int maxLength) {
    StringBuilder out = new StringBuilder(Math.min(raw.length(), maxLength) + 2).append(quote);
    for (int i = 0; i < raw.length() && out.length() <= maxLength; i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean paired =
              Character.isHighSurrogate(c)
                  ? i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))
                  : Character.isLowSurrogate(c)
                      && i > 0
                      && Character.isHighSurrogate(raw.charAt(i - 1));
          if (c == quote) {
            out.append('\\').append(c);
          } else if (c < 0x20
              || (c >= 0x7f && c <= 0x9f)
              || c == '\u2028'
              || c == '\u2029'
              || (Character.isSurrogate(c) && !paired)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append(quote).toString();
  }
}
