package io.github.justculture.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The process's standard output, failing loudly. {@code System.out} drops a write it cannot make
 * (the reader of a pipe has gone, the disk is full) and the program carries on: a sweep piped into
 * {@code head} went on simulating every row into a closed pipe. Here such a write throws {@link
 * Closed}, which ends the command at once with one line and exit code 2, as an unwritable {@code
 * --out} does.
 */
final class StandardOutput extends OutputStream {

  /**
   * Standard output could not be written. Not an {@link java.io.UncheckedIOException}: code that
   * turns those into "cannot read the input" must not catch it.
   */
  static final class Closed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Closed(IOException cause) {
      super(cause.getMessage(), cause);
    }

    /**
     * The closed output behind an exception, if it is one or was caused by one.
     *
     * @param e the exception
     * @return the closed output, or null
     */
    static @Nullable Closed in(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof Closed closed) {
          return closed;
        }
      }
      return null;
    }

    /** The line that reports it. */
    String line() {
      String why = getMessage(); // the cause's own
      return "justculture: standard output: cannot be written ("
          + (why == null ? "an input/output error" : why)
          + ")";
    }
  }

  private final OutputStream out;

  StandardOutput(OutputStream out) {
    this.out = out;
  }

  /**
   * The process's own standard output, buffered.
   *
   * @return the stream
   */
  static StandardOutput ofProcess() {
    return new StandardOutput(
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
  }

  @Override
  public void write(int b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new Closed(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw new Closed(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new Closed(e);
    }
  }
}
