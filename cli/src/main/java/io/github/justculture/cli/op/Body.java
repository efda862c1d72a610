package io.github.justculture.cli.op;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The bytes of one JSON request, which can be read more than once (the document, then, only when it
 * is invalid, its tree for the operation's later checks) without being held whole when it need not
 * be: a file is read from disk each time; standard input and HTTP bodies are held in blocks,
 * bounded by the document limit, never copied into one array.
 */
public interface Body {

  /**
   * Opens the bytes from the start.
   *
   * @return a new stream; the caller closes it
   * @throws IOException if the bytes cannot be read
   */
  InputStream open() throws IOException;

  /**
   * Bytes in memory.
   *
   * @param bytes the bytes
   * @return the body
   */
  static Body of(byte[] bytes) {
    return () -> new ByteArrayInputStream(bytes);
  }

  /**
   * A file, read from disk each time it is opened; the codec's document limit bounds each read.
   *
   * @param file the file
   * @return the body
   */
  static Body of(Path file) {
    return () -> Files.newInputStream(file);
  }

  /**
   * Reads a stream that cannot be read twice (standard input) into blocks, refusing it once it
   * passes the limit without reading further.
   *
   * @param in the stream; not closed
   * @param limit the most bytes accepted
   * @param what how a problem names the input
   * @return the body
   * @throws InvalidRequestException if the stream is longer than the limit
   * @throws IOException if reading fails
   */
  static Body readBounded(InputStream in, long limit, String what) throws IOException {
    final int size = 1 << 16;
    List<byte[]> blocks = new ArrayList<>();
    long total = 0;
    while (true) {
      byte[] block = in.readNBytes(size);
      total += block.length;
      if (total > limit) {
        throw InvalidRequestException.of(
            Problem.general(
                what,
                "input is over a size limit: more than " + limit + " bytes; it was not processed"));
      }
      if (block.length > 0) {
        blocks.add(block);
      }
      // A short block is the end: a terminal's end of input (Ctrl-D) is given once, and reading
      // on would wait for a second.
      if (block.length < size) {
        break;
      }
    }
    List<byte[]> kept = List.copyOf(blocks);
    return () -> {
      List<InputStream> streams = new ArrayList<>(kept.size());
      kept.forEach(b -> streams.add(new ByteArrayInputStream(b)));
      return new SequenceInputStream(Collections.enumeration(streams));
    };
  }
}
