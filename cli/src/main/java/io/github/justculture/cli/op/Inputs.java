package io.github.justculture.cli.op;

import io.github.justculture.core.json.JustCultureJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reading a request's bytes with a bound, so that no input is held whole before it is checked. */
public final class Inputs {

  /** The most bytes of one JSON document read: the codec's own document limit. */
  public static final long MAX_JSON_BYTES = JustCultureJson.MAX_DOCUMENT_BYTES;

  private Inputs() {}

  /**
   * Reads a stream to its end, or refuses once it passes the limit without reading further.
   *
   * @param in the stream; not closed
   * @param limit the most bytes accepted
   * @param what how a problem names the input, for example the file name, or {@code $}
   * @return the bytes
   * @throws InvalidRequestException if the stream is longer than the limit
   * @throws IOException if reading fails
   */
  public static byte[] readBounded(InputStream in, long limit, String what) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    long total = 0;
    while (true) {
      int n = in.read(buffer);
      if (n < 0) {
        return out.toByteArray();
      }
      total += n;
      if (total > limit) {
        throw InvalidRequestException.of(
            Problem.general(
                what,
                "input is over a size limit: more than " + limit + " bytes; it was not processed"));
      }
      out.write(buffer, 0, n);
    }
  }
}
