package io.github.justculture.cli.serve;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * CSV text as a JSON array of its records, one string each, streamed: a 422's {@code goodRows}.
 *
 * <p>One string a record, not one for the whole text: the good rows of a large sweep run to tens of
 * millions of characters, more than a JSON reader takes in one string by default (Jackson's limit
 * is 20,000,000 since 2.15), while a record stays about as long as the line it came from. A record
 * ends at a line end outside quotes, so a quoted cell that holds a line end stays in its record;
 * the line end itself ({@code \n} or {@code \r\n}) is not part of the string.
 */
final class CsvRecordsJson {

  private CsvRecordsJson() {}

  /**
   * Writes {@code [ "record", … ]} (or {@code [ ]} for no text).
   *
   * @param csv the CSV text, RFC 4180 quoting
   * @param out where the array goes
   * @throws IOException if reading or writing fails
   */
  static void write(Reader csv, Writer out) throws IOException {
    JsonStringEncoder escape = JsonStringEncoder.getInstance();
    StringBuilder record = new StringBuilder();
    boolean quoted = false;
    boolean first = true;
    boolean open = false; // a record has started (a last one with no line end still counts)
    out.write('[');
    char[] chunk = new char[1 << 13];
    for (int n = csv.read(chunk); n > 0; n = csv.read(chunk)) {
      for (int i = 0; i < n; i++) {
        char c = chunk[i];
        if (c == '\n' && !quoted) {
          int end = record.length();
          if (end > 0 && record.charAt(end - 1) == '\r') {
            record.setLength(end - 1);
          }
          first = item(out, escape, record, first);
          open = false;
          continue;
        }
        if (c == '"') {
          quoted = !quoted; // a doubled quote inside quotes toggles twice: still inside
        }
        record.append(c);
        open = true;
      }
    }
    if (open) {
      first = item(out, escape, record, first);
    }
    out.write(" ]");
  }

  private static boolean item(
      Writer out, JsonStringEncoder escape, StringBuilder record, boolean first)
      throws IOException {
    out.write(first ? " \"" : ", \"");
    out.write(escape.quoteAsString(record));
    out.write('"');
    record.setLength(0);
    return false;
  }
}
