package io.github.justculture.cli.report;

/**
 * Escaping and the page frame every report shares: semantic HTML, print-friendly, no external
 * resources.
 */
final class Html {

  private Html() {}

  /** Text escaped for HTML and SVG content and attributes. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A complete page around the given body. */
  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>"
        + esc(title)
        + "</title>\n<style>\n"
        + STYLE
        + "</style>\n</head>\n<body>\n<main>\n<h1>"
        + esc(title)
        + "</h1>\n"
        + body
        + "<footer><p>Made by justculture. Question and outcome texts are our paraphrases of the cited sources."
        + "</p></footer>\n</main>\n</body>\n</html>\n";
  }

  /**
   * Dark text on light fills (contrast above 7:1), patterns and labels so that nothing relies on
   * colour.
   */
  static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#111;background:#fff;"
          + "margin:0;line-height:1.45}\n"
          + "main{max-width:1100px;margin:0 auto;padding:1.5rem}\n"
          + "h1{font-size:1.6rem;margin:.2rem 0 1rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #111}\n"
          + "table{border-collapse:collapse;margin:.5rem 0 1rem;width:100%}\n"
          + "th,td{border:1px solid #555;padding:.3rem .5rem;text-align:left;vertical-align:top}\n"
          + "th{background:#e6e6e6}td.num{text-align:right;font-variant-numeric:tabular-nums}\n"
          + "figure{margin:1rem 0}figcaption{font-size:.95rem;margin-top:.3rem}\n"
          + "svg{max-width:100%;height:auto}svg text{font-family:inherit}\n"
          + ".nowrap{white-space:nowrap}h3{font-size:1.05rem;margin:1.2rem 0 .3rem}\n"
          + ".met{font-weight:600}.unmet{font-weight:700;text-decoration:underline}\n"
          + "footer{margin-top:2rem;font-size:.85rem;color:#333}\n"
          + "@media print{main{max-width:none;padding:0}h2{break-after:avoid}figure,table{break-inside:avoid}}\n";

  /** A number with thousands separators. */
  static String money(io.github.justculture.core.Gbp amount) {
    return esc(amount.format());
  }
}
