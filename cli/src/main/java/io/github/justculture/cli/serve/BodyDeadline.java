package io.github.justculture.cli.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * A request body that must arrive whole by a deadline.
 *
 * <p>Jetty's idle timeout ends a body that stops arriving, but not one that trickles: a byte just
 * inside the timeout, again and again, would hold one of the service's {@code --max-concurrent}
 * slots for as long as the client likes. Before each read, the connection's idle timeout is
 * shortened to what is left until the deadline, so a read still blocked then fails as an idle read
 * does (a {@link TimeoutException} cause, which the service answers 408); once the deadline has
 * passed, a read fails at once. Closing the stream gives the connection its idle timeout back (when
 * it was shortened).
 *
 * <p>A stopping service moves every body's deadline earlier, to a cut-off inside its grace period
 * ({@link #cutOffMoved}), so that a body still arriving then fails the same way while there is time
 * to answer it, instead of being cut off with its connection when the grace period ends.
 */
final class BodyDeadline extends FilterInputStream {

  private final EndPoint endPoint;
  private final long idleBefore;
  private final long deadlineNanos;
  private final LongSupplier cutOffMillis;
  private volatile boolean shortened;

  private BodyDeadline(
      InputStream body, EndPoint endPoint, long deadlineNanos, LongSupplier cutOffMillis) {
    super(body);
    this.endPoint = endPoint;
    this.idleBefore = endPoint.getIdleTimeout();
    this.deadlineNanos = deadlineNanos;
    this.cutOffMillis = cutOffMillis;
  }

  /**
   * The request's body, which must arrive whole within a time from now.
   *
   * @param request the request
   * @param millis the time the whole body has
   * @param cutOffMillis the time left until the service's cut-off, {@link Long#MAX_VALUE} while it
   *     has none (it is not stopping)
   * @return the body
   * @throws IOException if the body cannot be opened
   */
  static BodyDeadline of(HttpServletRequest request, long millis, LongSupplier cutOffMillis)
      throws IOException {
    InputStream body = request.getInputStream();
    EndPoint endPoint =
        ServletContextRequest.getServletContextRequest(request)
            .getConnectionMetaData()
            .getConnection()
            .getEndPoint();
    return new BodyDeadline(body, endPoint, System.nanoTime() + millis * 1_000_000L, cutOffMillis);
  }

  /** The time left to read the body: to its deadline, or to the service's cut-off if sooner. */
  private long leftMillis() {
    return Math.min((deadlineNanos - System.nanoTime()) / 1_000_000L, cutOffMillis.getAsLong());
  }

  /**
   * Called, from any thread, when the service's cut-off has moved earlier: a read blocked now fails
   * by then (the connection's idle timeout is shortened to it), and so does every later read.
   */
  void cutOffMoved() {
    long left = Math.max(1, leftMillis());
    if (idleBefore <= 0 || left < idleBefore) {
      endPoint.setIdleTimeout(left);
      shortened = true;
    }
  }

  private void beforeRead() throws IOException {
    long left = leftMillis();
    if (left <= 0) {
      throw new IOException("the body did not arrive in time", new TimeoutException());
    }
    if (idleBefore <= 0 || left < idleBefore) {
      endPoint.setIdleTimeout(left);
      shortened = true;
    }
  }

  @Override
  public int read() throws IOException {
    beforeRead();
    return super.read();
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    beforeRead();
    return super.read(into, offset, length);
  }

  @Override
  public long skip(long n) throws IOException {
    beforeRead();
    return super.skip(n);
  }

  @Override
  public void close() throws IOException {
    if (shortened) {
      endPoint.setIdleTimeout(idleBefore);
    }
    super.close();
  }
}
