package io.github.justculture.cli.op;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.Map;
import java.util.function.Function;

/**
 * Batch use of any JSON operation: NDJSON in, one request a line; NDJSON out, one line per request
 * in order, either {@code {"line":N,"result":{...}}} or {@code {"line":N,"errors":[...]}}. Lines
 * are read one at a time with a bound, so a batch of any length runs in a small heap; a bad line
 * never stops the lines after it. Blank lines are skipped (and counted). Only a line longer than
 * the document limit ends the batch (where the next line starts cannot be found without reading
 * without bound): its error line says so.
 */
public final class Batch {

  /** The longest line, in bytes: the codec's document limit. */
  public static final long MAX_LINE_BYTES = JustCultureJson.MAX_DOCUMENT_BYTES;

  private Batch() {}

  /**
   * Runs an operation on every line.
   *
   * @param op the operation; JSON in and out
   * @param lines the NDJSON; not closed
   * @param given the options, the same for every line
   * @param context what the application lends
   * @param spelling how the front end names an option
   * @param out where the result lines go
   * @return true when every line produced a result
   * @throws IOException if reading or writing fails
   * @throws InvalidRequestException if the options are invalid (then no line is run)
   */
  public static boolean run(
      Operation<?, ?, ?> op,
      InputStream lines,
      Map<String, JsonNode> given,
      Context context,
      Function<OptionDef, String> spelling,
      Writer out)
      throws IOException {
    op.options().read(given, context, spelling); // refuse bad options before any line
    LineReader reader = new LineReader(lines, MAX_LINE_BYTES);
    boolean allGood = true;
    long number = 0;
    for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      // {"line":N,"result":…} written as text, so that the result is byte for byte the
      // compact form of what the operation writes without --batch.
      out.write("{\"line\":" + number + ",");
      if (line.tooLong()) {
        allGood = false;
        writeErrors(
            out,
            InvalidRequestException.of(
                Problem.general(
                    "$",
                    "the line is over a size limit: more than "
                        + MAX_LINE_BYTES
                        + " bytes; the batch stopped here, and the lines after it were not read")));
        out.write("}\n");
        break;
      } else {
        try {
          Object result = Runner.runJson(op, Body.of(line.bytes()), given, context, spelling);
          out.write("\"result\":");
          out.write(JustCultureJson.codec().write(result));
        } catch (InvalidRequestException e) {
          allGood = false;
          writeErrors(out, e);
        }
      }
      out.write("}\n");
    }
    out.flush();
    return allGood;
  }

  private static void writeErrors(Writer out, InvalidRequestException e) throws IOException {
    out.write("\"errors\":");
    out.write(JustCultureJson.codec().write(e.problems()));
    if (e.total() > e.problems().size()) {
      out.write(",\"omitted\":" + (e.total() - e.problems().size()));
    }
  }

  /** Reads lines of bytes, each at most a limit long (the rest of a longer line is skipped). */
  static final class LineReader {
    private final InputStream in;
    private final long limit;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int end;
    private boolean eof;

    LineReader(InputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    /** One line: its bytes without the line end, or that it was too long. */
    record Line(byte[] bytes, boolean tooLong) {
      boolean isBlank() {
        if (tooLong) {
          return false;
        }
        for (byte b : bytes) {
          if (b != ' ' && b != '\t' && b != '\r') {
            return false;
          }
        }
        return true;
      }
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      long length = 0;
      boolean any = false;
      while (true) {
        if (position == end) {
          if (eof || !fill()) {
            return any ? finish(line, length) : null;
          }
        }
        any = true;
        int start = position;
        while (position < end && buffer[position] != '\n') {
          position++;
        }
        int n = position - start;
        if (length + n > limit) {
          return new Line(new byte[0], true); // no further: the line may never end
        }
        line.write(buffer, start, n);
        length += n;
        if (position < end) {
          position++; // the '\n'
          return finish(line, length);
        }
      }
    }

    private Line finish(java.io.ByteArrayOutputStream line, long length) {
      return new Line(line.toByteArray(), false);
    }

    private boolean fill() throws IOException {
      int n = in.read(buffer);
      if (n < 0) {
        eof = true;
        return false;
      }
      position = 0;
      end = n;
      return true;
    }
  }
}
