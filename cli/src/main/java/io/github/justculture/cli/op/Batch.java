package io.github.justculture.cli.op;

import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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
   * Where a batch's answers go: one call per non-blank line, in the order of the lines.
   *
   * <p>The command line writes each answer as it comes ({@link #writingTo}); the service, for a
   * decision it must record before it answers, holds a few, records them, then writes them.
   */
  public interface Sink {
    /**
     * A line's result.
     *
     * @param line the line's number in the input, from 1
     * @param request the line's bytes, a valid request
     * @param result the operation's result
     * @throws IOException if the answer cannot be written
     */
    void result(long line, byte[] request, Object result) throws IOException;

    /**
     * A line's problems (for a line over the size limit, the last call: the batch stops there).
     *
     * @param line the line's number in the input, from 1
     * @param problems every problem of the line
     * @throws IOException if the answer cannot be written
     */
    void errors(long line, InvalidRequestException problems) throws IOException;

    /**
     * The batch has ended: write what is held.
     *
     * @throws IOException if the answers cannot be written
     */
    default void end() throws IOException {}
  }

  /**
   * Runs an operation on every line, giving each answer to a sink.
   *
   * @param op the operation; JSON in and out
   * @param lines the NDJSON; not closed
   * @param given the options, the same for every line, and what the front end found wrong
   * @param context what the application lends (one for the whole batch: limits on work, such as the
   *     service's draws, count every line)
   * @param spelling how the front end names an option
   * @param sink where the answers go
   * @return true when every line produced a result
   * @throws IOException if reading fails, or the sink does
   * @throws InvalidRequestException if the front end found a problem or the options are invalid
   *     (then no line is run)
   */
  public static boolean run(
      Operation<?, ?, ?> op,
      InputStream lines,
      Given given,
      Context context,
      Function<OptionDef, String> spelling,
      Sink sink)
      throws IOException {
    Runner.options(op.options(), given, context, spelling); // refuse bad options before any line
    LineReader reader = new LineReader(lines, MAX_LINE_BYTES);
    boolean allGood = true;
    long number = 0;
    for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      if (line.tooLong()) {
        sink.errors(
            number,
            InvalidRequestException.of(
                Problem.general(
                    "$",
                    "the line is over a size limit: more than "
                        + MAX_LINE_BYTES
                        + " bytes; the batch stopped here, and the lines after it were not read")));
        allGood = false;
        break;
      }
      Object result;
      try {
        result = Runner.runJson(op, Body.of(line.bytes()), given, context, spelling);
      } catch (InvalidRequestException e) {
        allGood = false;
        sink.errors(number, e);
        continue;
      }
      sink.result(number, line.bytes(), result);
    }
    sink.end();
    return allGood;
  }

  /**
   * A sink that passes every answer on and counts them: the lines answered with a result, the lines
   * answered with errors, and the numbers of the first {@value #LINES_KEPT} of those.
   */
  public static final class Tally implements Sink {
    /** How many invalid lines' numbers are kept. */
    public static final int LINES_KEPT = 10;

    private final Sink next;
    private long valid;
    private long invalid;
    private final List<Long> firstInvalid = new ArrayList<>();

    /**
     * A tally in front of a sink.
     *
     * @param next where the answers go
     */
    public Tally(Sink next) {
      this.next = next;
    }

    @Override
    public void result(long line, byte[] request, Object result) throws IOException {
      valid++;
      next.result(line, request, result);
    }

    @Override
    public void errors(long line, InvalidRequestException problems) throws IOException {
      if (invalid++ < LINES_KEPT) {
        firstInvalid.add(line);
      }
      next.errors(line, problems);
    }

    @Override
    public void end() throws IOException {
      next.end();
    }

    /**
     * The lines answered with a result.
     *
     * @return the count
     */
    public long valid() {
      return valid;
    }

    /**
     * The lines answered with errors.
     *
     * @return the count
     */
    public long invalid() {
      return invalid;
    }

    /**
     * What was invalid, as one line for a person: {@code 2 of 5 requests were invalid (lines 3,
     * 4)}, the first {@value #LINES_KEPT} lines named and the rest counted.
     *
     * @return the line
     */
    public String summary() {
      StringBuilder lines = new StringBuilder();
      for (Long line : firstInvalid) {
        lines.append(lines.length() == 0 ? "" : ", ").append(line);
      }
      if (invalid > firstInvalid.size()) {
        lines.append(" and ").append(invalid - firstInvalid.size()).append(" more");
      }
      return invalid
          + " of "
          + (valid + invalid)
          + (valid + invalid == 1 ? " request was" : " requests were")
          + " invalid (line"
          + (invalid == 1 ? " " : "s ")
          + lines
          + ")";
    }
  }

  /**
   * A sink that writes each answer line at once, without a receipt.
   *
   * @param out where the lines go; not flushed or closed
   * @return the sink
   */
  public static Sink writingTo(Writer out) {
    return new Sink() {
      @Override
      public void result(long line, byte[] request, Object result) throws IOException {
        writeResult(out, line, result, null);
      }

      @Override
      public void errors(long line, InvalidRequestException problems) throws IOException {
        writeErrors(out, line, problems);
      }
    };
  }

  /**
   * Writes a result line: {@code {"line":N,"result":{...}}}, with {@code "receipt":"SEQ:SHA256"}
   * after the result when the decision was recorded in a decision log.
   *
   * @param out where the line goes
   * @param line the line's number in the input
   * @param result the result
   * @param receipt the decision log's receipt, {@code SEQ:SHA256}, or null
   * @throws IOException if writing fails
   */
  public static void writeResult(Writer out, long line, Object result, @Nullable String receipt)
      throws IOException {
    // Written as text, so that the result is byte for byte the compact form of what the
    // operation writes without --batch.
    out.write("{\"line\":" + line + ",\"result\":");
    out.write(JustCultureJson.codec().write(result));
    if (receipt != null) {
      out.write(",\"receipt\":\"" + receipt + "\"");
    }
    out.write("}\n");
  }

  /**
   * Writes an error line: {@code {"line":N,"errors":[...]}}, with {@code "omitted":K} when more
   * problems were found than are listed.
   *
   * @param out where the line goes
   * @param line the line's number in the input
   * @param e the line's problems
   * @throws IOException if writing fails
   */
  public static void writeErrors(Writer out, long line, InvalidRequestException e)
      throws IOException {
    out.write("{\"line\":" + line + ",\"errors\":");
    out.write(JustCultureJson.codec().write(e.problems()));
    if (e.total() > e.problems().size()) {
      out.write(",\"omitted\":" + (e.total() - e.problems().size()));
    }
    out.write("}\n");
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
    @SuppressWarnings("ArrayRecordComponent") // read once, never compared or hashed
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
    @Nullable Line next() throws IOException {
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      long length = 0;
      boolean any = false;
      while (true) {
        if (position == end) {
          if (eof || !fill()) {
            return any ? new Line(line.toByteArray(), false) : null;
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
          return new Line(line.toByteArray(), false);
        }
      }
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
