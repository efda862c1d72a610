package io.github.justculture.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** An input stream that tells a progress sink how many bytes have been read so far. */
final class ProgressInputStream extends FilterInputStream {

  private final LongConsumer progress;
  private long read;

  ProgressInputStream(InputStream in, LongConsumer progress) {
    super(in);
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  /** No mark: bytes read again after a reset would be counted twice (readers buffer above this). */
  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      advance(skipped);
    }
    return skipped;
  }

  private void advance(long n) {
    read += n;
    progress.accept(read);
  }
}
