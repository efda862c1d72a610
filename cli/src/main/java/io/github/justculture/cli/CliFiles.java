package io.github.justculture.cli;

import io.github.justculture.cli.op.Body;
import io.github.justculture.cli.op.IoFaults;
import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;

/**
 * Files named on the command line. Every ordinary I/O fault (no such file, a directory, no
 * permission, a full disk, a path under a regular file) is a usage error naming the path, exit 2;
 * reads are bounded, so no file is held whole before it is checked.
 */
final class CliFiles {

  private CliFiles() {}

  /**
   * Opens a file, or standard input for {@code -}.
   *
   * @param name the name given
   * @param stdin standard input
   * @return the stream; the caller closes it (closing standard input's wrapper does not close it)
   * @throws UsageException if the file cannot be opened
   */
  static InputStream open(String name, InputStream stdin) {
    if ("-".equals(name)) {
      return new java.io.FilterInputStream(stdin) {
        @Override
        public void close() {
          // standard input stays open
        }
      };
    }
    Path path = path(name);
    if (Files.isDirectory(path)) {
      throw new UsageException(name, "is a folder, not a file");
    }
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw cannot(name, "read", e);
    }
  }

  /**
   * A file name given on the command line, as a path.
   *
   * @param name the name given
   * @return the path
   * @throws UsageException if this system cannot hold the name: its characters are not in the
   *     encoding of the system's file names (under {@code LANG=C}, on Java 17, anything but ASCII)
   */
  static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new UsageException(name, unusableName());
    }
  }

  /**
   * Checks, without writing anything, what {@link #write} would find wrong with a file name before
   * it writes: the name cannot be a path here, it names a folder, or the nearest folder on its path
   * that exists is a file or one this process may not write in ({@code write} makes the missing
   * folders below it). A command checks its output file this way with its other problems, before a
   * long run or a conversation, rather than after; the write itself can still fail (a full disk).
   *
   * @param name the file name given
   * @throws UsageException naming the file and what is wrong
   */
  static void checkWritable(String name) {
    if (name.isEmpty()) {
      throw new UsageException(name, "is empty; give a file name");
    }
    Path path = path(name);
    if (Files.isDirectory(path)) {
      throw new UsageException(name, "is a folder; give a file name");
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      return; // a device or a pipe, written to as it is
    }
    checkFolder(name, path.toAbsolutePath().getParent());
  }

  /**
   * Checks, without writing anything, that files can be written in a folder (made if it is
   * missing), as {@link #checkWritable} checks a file.
   *
   * @param name the folder's name, as given
   * @throws UsageException naming the folder and what is wrong
   */
  static void checkWritableFolder(String name) {
    if (name.isEmpty()) {
      throw new UsageException(name, "is empty; give a folder name");
    }
    Path path = path(name);
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new UsageException(name, "is a file; give a folder name");
    }
    checkFolder(name, path.toAbsolutePath());
  }

  /** The nearest folder of a path that exists must be a folder this process may write in. */
  private static void checkFolder(String name, @Nullable Path folder) {
    Path at = folder;
    while (at != null && !Files.exists(at)) {
      at = at.getParent();
    }
    if (at == null) {
      return;
    }
    if (!Files.isDirectory(at)) {
      throw new UsageException(
          name, "cannot be written (a part of the path is a file, not a folder)");
    }
    if (!Files.isWritable(at)) {
      throw new UsageException(name, "cannot be written (permission denied)");
    }
  }

  /** Why a name cannot be a path here. */
  static String unusableName() {
    String encoding = System.getProperty("sun.jnu.encoding", "the system's");
    return "cannot be a file name here (file names are in "
        + encoding
        + " on this system, which cannot hold it; run with a UTF-8 locale, such as LANG=C.UTF-8)";
  }

  /**
   * A JSON document from a file or standard input: a regular file is checked now and read from disk
   * when used (the codec's document limit bounds each read); standard input, a pipe or a device
   * (anything that can be read only once) is read now, in blocks, refused once it passes the limit.
   *
   * @param name the name given, or {@code -}
   * @param stdin standard input
   * @return the body
   * @throws UsageException if the file cannot be read
   * @throws io.github.justculture.cli.op.InvalidRequestException if standard input is over the
   *     limit
   */
  static Body readJson(String name, InputStream stdin) {
    if ("-".equals(name)) {
      try {
        return Body.readBounded(stdin, JustCultureJson.MAX_DOCUMENT_BYTES, "$");
      } catch (IOException e) {
        throw cannot("standard input", "read", e);
      }
    }
    Path file = path(name);
    if (!Files.isRegularFile(file)) {
      // A pipe or a device (<(jq …), /dev/stdin) can be read once only: read it now, bounded,
      // as standard input is. A missing file fails in open, with its name.
      try (InputStream in = open(name, stdin)) {
        return Body.readBounded(in, JustCultureJson.MAX_DOCUMENT_BYTES, "$");
      } catch (IOException e) {
        throw cannot(name, "read", e);
      }
    }
    try (InputStream check = open(name, stdin)) {
      check.read(); // an unreadable file fails here, with the path, not later in the codec
    } catch (IOException e) {
      throw cannot(name, "read", e);
    }
    return () -> {
      try {
        return Files.newInputStream(file);
      } catch (IOException e) {
        throw cannot(name, "read", e);
      }
    };
  }

  /**
   * Writes text to a file, creating its folder; a file appears whole or not at all (written beside
   * it, then moved into place). A device or pipe that exists ({@code /dev/stdout}) is written to
   * directly.
   *
   * @param path the file
   * @param text the text
   * @throws UsageException if it cannot be written
   */
  static void write(Path path, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)) {
      // A device or a pipe (/dev/stdout, a named pipe): written to as it is, never replaced.
      try (OutputStream out = Files.newOutputStream(path)) {
        out.write(bytes);
      } catch (IOException e) {
        throw cannot(path.toString(), "written", e);
      }
      return;
    }
    Path parent = path.toAbsolutePath().getParent();
    Path temporary = null;
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (Files.isDirectory(path)) {
        throw new UsageException(path.toString(), "is a folder; give a file name");
      }
      temporary = Files.createTempFile(parent, ".justculture-", ".part");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        out.write(bytes);
      }
      Files.move(
          temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      temporary = null;
    } catch (IOException e) {
      throw cannot(path.toString(), "written", e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // nothing more to do: the write already failed and says so
        }
      }
    }
  }

  /**
   * {@link #cannot}, naming the file the exception names if it names one (a log file in a folder),
   * else the name given.
   */
  static UsageException cannotNamed(String given, String verb, IOException e) {
    return cannot(
        e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : given,
        verb,
        e);
  }

  /** A usage error for an I/O fault, in plain words. */
  static UsageException cannot(String name, String verb, IOException e) {
    String why = IoFaults.reason(e);
    return new UsageException(
        name, "cannot be " + (verb.equals("read") ? "read" : "written") + " (" + why + ")");
  }
}
