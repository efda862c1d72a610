package io.github.justculture.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.cli.op.Batch;
import io.github.justculture.cli.op.InvalidRequestException;
import io.github.justculture.core.json.JustCultureJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A batch over HTTP: an NDJSON body, one request a line, answered by an NDJSON body of the lines
 * the command line's {@code --batch} prints, streamed as they are made.
 *
 * <p>The status and headers go out with the first answer line, so everything that can refuse the
 * whole batch (the options, a decision log that cannot record) is settled before it. A decision
 * route with a decision log holds up to {@value #CHUNK} answers, records their decisions together
 * (one force to disk for all of them with {@code always}), then writes them, each result line with
 * its {@code "receipt":"SEQ:SHA256"}. If the log cannot record a later group, the answers given so
 * far stand (they were recorded) and the body ends with one line, {@code {"line":N,"stopped":"…"}}:
 * line N and those after it were not answered. A service that is stopping ends a batch still
 * running at its cut-off the same way ({@link #until}): the lines answered so far stand, and the
 * rest can be sent again.
 */
final class HttpBatch {

  /** The media type of a batch, in and out. */
  static final String NDJSON = "application/x-ndjson";

  /** The most answers a decision route holds before it records them and writes them. */
  static final int CHUNK = 256;

  private HttpBatch() {}

  /** The body of a batch's answer, opened (status 200, NDJSON) by the first character written. */
  static final class Response extends Writer {
    private final io.javalin.http.Context ctx;
    private @Nullable Writer out;

    Response(io.javalin.http.Context ctx) {
      this.ctx = ctx;
    }

    /** Whether the status and headers have gone (or will go) as they are: 200. */
    boolean opened() {
      return out != null;
    }

    private Writer out() throws IOException {
      Writer w = out;
      if (w == null) {
        ctx.status(200).contentType(NDJSON + "; charset=utf-8");
        w =
            new BufferedWriter(
                new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8));
        out = w;
      }
      return w;
    }

    /**
     * Ends the answer: 200 and what was written (nothing, for a batch of blank lines).
     *
     * @throws IOException if the client stopped reading
     */
    void finish() throws IOException {
      out().flush();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      out().write(chars, offset, length);
    }

    @Override
    public void write(String text) throws IOException {
      out().write(text);
    }

    @Override
    public void flush() throws IOException {
      if (out != null) {
        out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (out != null) {
        out.close();
      }
    }
  }

  /** The decision log could not record the decisions held from a line on. */
  static final class Unrecorded extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final int decisions;
    private final IOException reason;

    Unrecorded(long line, int decisions, IOException cause) {
      super(cause.getMessage(), cause);
      this.line = line;
      this.decisions = decisions;
      this.reason = cause;
    }

    /** The first line not answered. */
    long line() {
      return line;
    }

    /** How many decisions were held, and not given. */
    int decisions() {
      return decisions;
    }

    /** Why, as the log said. */
    IOException reason() {
      return reason;
    }
  }

  /**
   * A sink that records each group of decisions in the log before it writes their lines.
   *
   * @param route the route, as the log records it
   * @param log the decision log
   * @param metrics counts the decisions logged
   * @param timeoutMillis how long one group may wait for the log
   * @param out where the lines go
   * @return the sink; it throws {@link Unrecorded} when the log cannot take a group
   */
  static Batch.Sink recorded(
      String route, DecisionLog log, Metrics metrics, long timeoutMillis, Writer out) {
    return new Batch.Sink() {
      private final List<Held> held = new ArrayList<>();

      @Override
      public void result(long line, byte[] request, Object result) throws IOException {
        hold(new Held(line, request, result, null));
      }

      @Override
      public void errors(long line, InvalidRequestException problems) throws IOException {
        hold(new Held(line, null, null, problems));
      }

      @Override
      public void end() throws IOException {
        record();
      }

      private void hold(Held answer) throws IOException {
        held.add(answer);
        if (held.size() >= CHUNK) {
          record();
        }
      }

      private void record() throws IOException {
        List<JsonNode> requests = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        for (Held h : held) {
          if (h.result() != null) {
            byte[] request = Objects.requireNonNull(h.request(), "a result has its request");
            requests.add(JustCultureJson.codec().read(request, JsonNode.class));
            results.add(h.result());
          }
        }
        List<DecisionLog.Receipt> receipts = List.of();
        if (!requests.isEmpty()) {
          try {
            receipts = log.appendAll(route, requests, results, timeoutMillis);
          } catch (IOException e) {
            throw new Unrecorded(held.get(0).line(), requests.size(), e);
          }
          for (int i = 0; i < receipts.size(); i++) {
            metrics.decisionLogged();
          }
        }
        int next = 0;
        for (Held h : held) {
          if (h.result() != null) {
            Batch.writeResult(out, h.line(), h.result(), receipts.get(next++).toString());
          } else {
            Batch.writeErrors(
                out, h.line(), Objects.requireNonNull(h.errors(), "a line without a result"));
          }
        }
        held.clear();
      }
    };
  }

  /** One answer held until its group's decisions are recorded. */
  @SuppressWarnings("ArrayRecordComponent") // held, then written once; never compared or hashed
  private record Held(
      long line,
      byte @Nullable [] request,
      @Nullable Object result,
      @Nullable InvalidRequestException errors) {}

  /**
   * Writes the line that ends a batch the decision log stopped.
   *
   * @param out the response
   * @param line the first line not answered
   * @param why why the log could not record, as a client may be told
   * @throws IOException if writing fails
   */
  static void writeStopped(Writer out, long line, String why) throws IOException {
    writeEnd(
        out,
        line,
        "the decision log could not record this line's decision or one held with it, so this"
            + " line and those after it were not answered (the lines before it were recorded): "
            + why);
  }

  /**
   * Writes the line that ends a batch the service's stop cut off.
   *
   * @param out the response
   * @param line the first line not answered
   * @throws IOException if writing fails
   */
  static void writeCutOff(Writer out, long line) throws IOException {
    writeEnd(
        out,
        line,
        "the service is shutting down, so this line and those after it were not answered (the"
            + " lines before it were): send them again");
  }

  private static void writeEnd(Writer out, long line, String text) throws IOException {
    out.write("{\"line\":" + line + ",\"stopped\":" + JustCultureJson.codec().write(text) + "}\n");
  }

  /** A batch that reached the stopping service's cut-off at a line, which was not answered. */
  static final class CutOff extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;

    CutOff(long line) {
      super("the service is shutting down");
      this.line = line;
    }

    /**
     * The first line not answered.
     *
     * @return its number, from 1
     */
    long line() {
      return line;
    }
  }

  /**
   * A sink that passes answers on until a cut-off: the first answer made after it is not passed on;
   * what the sink holds is written ({@link Batch.Sink#end}), and {@link CutOff} names the line.
   *
   * @param leftMillis the time left until the cut-off ({@code <= 0}: passed)
   * @param next where the answers go
   * @return the sink
   */
  static Batch.Sink until(java.util.function.LongSupplier leftMillis, Batch.Sink next) {
    return new Batch.Sink() {
      @Override
      public void result(long line, byte[] request, Object result) throws IOException {
        check(line);
        next.result(line, request, result);
      }

      @Override
      public void errors(long line, InvalidRequestException problems) throws IOException {
        check(line);
        next.errors(line, problems);
      }

      @Override
      public void end() throws IOException {
        next.end();
      }

      private void check(long line) throws IOException {
        if (leftMillis.getAsLong() <= 0) {
          next.end();
          throw new CutOff(line);
        }
      }
    };
  }
}
