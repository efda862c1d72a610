package io.github.justculture.cli.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BodyTest {

  /**
   * Standard input at a terminal: the typed bytes, then the end of input (Ctrl-D) once; a read
   * after that would wait for more typing, so here it fails the test.
   */
  private static InputStream terminal(byte[] typed) {
    return new InputStream() {
      private int next;
      private boolean ended;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      // As a terminal gives them: what has been typed, then, on the next read, the end (Ctrl-D).
      @Override
      public int read(byte[] into, int offset, int length) {
        if (length == 0) {
          return 0;
        }
        if (next < typed.length) {
          int n = Math.min(length, typed.length - next);
          System.arraycopy(typed, next, into, offset, n);
          next += n;
          return n;
        }
        if (ended) {
          throw new AssertionError("read again after the end of input: a terminal would wait");
        }
        ended = true;
        return -1;
      }
    };
  }

  private static byte[] readAll(Body body) throws IOException {
    try (InputStream in = body.open()) {
      return in.readAllBytes();
    }
  }

  @Test
  void standardInputIsReadToItsFirstEndOnly() throws IOException {
    byte[] typed = "{\"headcount\":5200}\n".getBytes(StandardCharsets.UTF_8);
    assertThat(readAll(Body.readBounded(terminal(typed), 1 << 20, "$"))).isEqualTo(typed);
    // Nothing typed, and exactly a block's worth (the end then comes on the next read).
    assertThat(readAll(Body.readBounded(terminal(new byte[0]), 1 << 20, "$"))).isEmpty();
    byte[] block = new byte[1 << 16];
    Arrays.fill(block, (byte) ' ');
    assertThat(readAll(Body.readBounded(terminal(block), 1 << 20, "$"))).isEqualTo(block);
    byte[] more = new byte[3 * (1 << 16) + 5];
    Arrays.fill(more, (byte) 'x');
    assertThat(readAll(Body.readBounded(terminal(more), 1 << 20, "$"))).isEqualTo(more);
  }

  @Test
  void aStreamPastTheLimitIsRefusedAtTheLimit() throws IOException {
    byte[] big = new byte[(1 << 16) + 1];
    assertThatThrownBy(() -> Body.readBounded(terminal(big), 1 << 16, "$"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("more than 65536 bytes");
    // At the limit exactly, it is taken whole.
    byte[] exactly = new byte[1 << 16];
    assertThat(readAll(Body.readBounded(terminal(exactly), 1 << 16, "$"))).isEqualTo(exactly);
  }
}
