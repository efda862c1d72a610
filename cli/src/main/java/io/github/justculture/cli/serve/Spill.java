package io.github.justculture.cli.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jspecify.annotations.Nullable;

/**
 * An answer written before it can be sent: a sweep's status (200, or 422 with the good rows inside
 * a problem document) is known only once its last row is read, and its output can be many times its
 * body. Up to {@value #IN_MEMORY} characters are held in memory; past that, the text goes to a
 * temporary file, so that the heap a request takes stays bounded however many rows it has.
 *
 * <p>The file is removed from its folder as soon as it is made and is read back through the channel
 * that wrote it: no other process can open it, and nothing is left behind however the service
 * stops, {@code kill -9} included (where the system cannot remove an open file, it is removed on
 * {@link #close()}).
 */
final class Spill extends Writer {

  /** The most characters held in memory before the text goes to a file. */
  static final int IN_MEMORY = 1 << 20;

  private final int inMemory;
  private final @Nullable Path dir;
  private final StringBuilder memory = new StringBuilder();
  private @Nullable Path file; // still to remove on close, where it could not be removed at once
  private @Nullable FileChannel channel;
  private @Nullable Writer fileOut;
  private boolean failed;

  /**
   * A spill that holds up to a given number of characters in memory.
   *
   * @param inMemory the most characters held in memory
   * @param dir where its file goes, or null for the system's temporary folder
   */
  Spill(int inMemory, @Nullable Path dir) {
    this.inMemory = inMemory;
    this.dir = dir;
  }

  /** Whether the text went to a file. */
  boolean spilled() {
    return channel != null;
  }

  /** Whether the temporary file could not be made or written (no room, say). */
  boolean failed() {
    return failed;
  }

  /**
   * The text, when it is held in memory.
   *
   * @return the text, or null once it went to a file
   */
  @Nullable String inMemory() {
    return channel == null ? memory.toString() : null;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (channel == null && memory.length() + length <= inMemory) {
      memory.append(chars, offset, length);
      return;
    }
    try {
      Writer out = fileOut;
      if (out == null) {
        out = open();
        out.append(memory);
        memory.setLength(0);
        memory.trimToSize();
      }
      out.write(chars, offset, length);
    } catch (IOException e) {
      failed = true;
      throw e;
    }
  }

  private Writer open() throws IOException {
    Path made =
        dir == null
            ? Files.createTempFile("justculture-answer-", ".tmp")
            : Files.createTempFile(dir, "justculture-answer-", ".tmp");
    file = made;
    channel = FileChannel.open(made, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      Files.delete(made);
      file = null;
    } catch (IOException stillOpen) {
      // a system that cannot remove an open file: removed on close
    }
    Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8);
    fileOut = out;
    return out;
  }

  /** The file's channel, its text flushed, at its start. */
  private FileChannel rewound(FileChannel channel) throws IOException {
    Writer out = fileOut;
    if (out != null) {
      out.flush();
    }
    return channel.position(0);
  }

  /**
   * The text written, from its start.
   *
   * @return a reader (closing it does not close the file: {@link #close()} does)
   * @throws IOException if the file cannot be read
   */
  Reader reader() throws IOException {
    if (channel == null) {
      return new StringReader(memory.toString());
    }
    FileChannel in = rewound(channel);
    Reader text = Channels.newReader(in, StandardCharsets.UTF_8);
    return new java.io.FilterReader(text) {
      @Override
      public void close() {
        // the channel is the spill's
      }
    };
  }

  /**
   * Copies the text, as UTF-8, to a stream.
   *
   * @param out the stream; not closed
   * @throws IOException if reading or writing fails
   */
  void copyTo(OutputStream out) throws IOException {
    if (channel == null) {
      out.write(memory.toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    FileChannel in = rewound(channel);
    Channels.newInputStream(in).transferTo(out);
  }

  @Override
  public void flush() throws IOException {
    if (fileOut != null) {
      fileOut.flush();
    }
  }

  /** Forgets the text and closes (and so frees) its file. */
  @Override
  public void close() throws IOException {
    Path f = file;
    try {
      if (channel != null) {
        channel.close();
      }
    } finally {
      if (f != null) {
        Files.deleteIfExists(f);
      }
    }
  }
}
