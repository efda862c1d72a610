package io.github.justculture.cli.serve;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * An answer written before it can be sent: a sweep's status (200, or 422 with the good rows inside
 * a problem document) is known only once its last row is read, and its output can be many times its
 * body. Up to {@value #IN_MEMORY} characters are held in memory; past that, the text goes to a
 * temporary file (the owner's only, deleted on {@link #close()}), so that the heap a request takes
 * stays bounded however many rows it has.
 */
final class Spill extends Writer {

  /** The most characters held in memory before the text goes to a file. */
  static final int IN_MEMORY = 1 << 20;

  private final int inMemory;
  private final @Nullable Path dir;
  private final StringBuilder memory = new StringBuilder();
  private @Nullable Path file;
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
    return file != null;
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
    return fileOut == null ? memory.toString() : null;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (fileOut == null && memory.length() + length <= inMemory) {
      memory.append(chars, offset, length);
      return;
    }
    try {
      Writer out = fileOut;
      if (out == null) {
        file =
            dir == null
                ? Files.createTempFile("justculture-answer-", ".tmp")
                : Files.createTempFile(dir, "justculture-answer-", ".tmp");
        out =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        fileOut = out;
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

  /**
   * The text written, from its start.
   *
   * @return a reader; the caller closes it
   * @throws IOException if the file cannot be read
   */
  Reader reader() throws IOException {
    if (fileOut == null) {
      return new StringReader(memory.toString());
    }
    fileOut.flush();
    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  /**
   * Copies the text, as UTF-8, to a stream.
   *
   * @param out the stream; not closed
   * @throws IOException if reading or writing fails
   */
  void copyTo(OutputStream out) throws IOException {
    if (fileOut == null) {
      out.write(memory.toString().getBytes(StandardCharsets.UTF_8));
      return;
    }
    fileOut.flush();
    Files.copy(file, out);
  }

  @Override
  public void flush() throws IOException {
    if (fileOut != null) {
      fileOut.flush();
    }
  }

  /** Forgets the text and deletes its file. */
  @Override
  public void close() throws IOException {
    Path f = file;
    try {
      if (fileOut != null) {
        fileOut.close();
      }
    } finally {
      if (f != null) {
        Files.deleteIfExists(f);
      }
    }
  }
}
