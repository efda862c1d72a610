package io.github.justculture.core.internal;

/** Quoting of text as a JSON string, for echoing offending values in findings. */
public final class JsonText {

  private JsonText() {}

  /**
   * The text as a JSON string literal, escaped; stops copying once the result passes {@code
   * maxLength} characters (the caller shortens it further).
   */
  public static String quote(String raw, int maxLength) {
    StringBuilder out = new StringBuilder(Math.min(raw.length(), maxLength) + 2).append('"');
    for (int i = 0; i < raw.length() && out.length() <= maxLength; i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          boolean paired =
              Character.isHighSurrogate(c)
                  ? i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))
                  : Character.isLowSurrogate(c)
                      && i > 0
                      && Character.isHighSurrogate(raw.charAt(i - 1));
          if (c < 0x20 || c == 0x7f || (Character.isSurrogate(c) && !paired)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
