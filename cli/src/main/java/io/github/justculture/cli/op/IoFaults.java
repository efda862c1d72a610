package io.github.justculture.cli.op;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Ordinary I/O faults in plain words, for every front end's messages and logs: what went wrong,
 * never the Java exception's name.
 */
public final class IoFaults {

  private IoFaults() {}

  /**
   * Why an I/O operation failed, in the words a user reads ({@code no such file or folder}, {@code
   * permission denied}, the system's own reason such as {@code No space left on device}).
   *
   * @param e the fault
   * @return the reason, without the path or the exception's name
   */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException
        || e instanceof FileAlreadyExistsException
        || (e instanceof FileSystemException fs && "Not a directory".equals(fs.getReason()))) {
      // The last: the system's own words for ENOTDIR, when Java has no exception of its own for it
      // (making a folder under a file).
      return "a part of the path is a file, not a folder";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? "an input/output error" : e.getMessage();
  }
}
