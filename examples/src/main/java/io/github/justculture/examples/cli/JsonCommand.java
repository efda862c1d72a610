package io.github.justculture.examples.cli;

import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of a command that reads JSON and prints JSON: reading a file argument or {@code -}
 * (standard input) with every problem reported by path, and writing indented JSON to standard
 * output. A new command is a subclass with its picocli options and a {@link #call()} of a few
 * lines.
 */
public abstract class JsonCommand implements Callable<Integer> {

  /**
   * The codec every command reads and writes with. Reached through {@link JustCultureJson#codec()}
   * on first use, not when picocli builds the command tree, so that {@code --version} and {@code
   * --help} never pay for Jackson.
   */
  protected static final Codec JSON = new Codec();

  /** Defers to the shared codec. */
  protected static final class Codec {
    private Codec() {}

    <T> T read(java.io.InputStream in, Class<T> type) {
      return JustCultureJson.codec().read(in, type);
    }

    <T> T read(byte[] json, Class<T> type) {
      return JustCultureJson.codec().read(json, type);
    }

    String writePretty(Object value) {
      return JustCultureJson.codec().writePretty(value);
    }
  }

  @Spec private CommandSpec spec;

  /** For subclasses. */
  protected JsonCommand() {}

  /**
   * Reads and validates the JSON input named by a command's file argument.
   *
   * @param file a path, or {@code -} for standard input
   * @param type the type to read
   * @param <T> the type to read
   * @return the value
   * @throws io.github.justculture.core.InvalidInputException naming every problem of the input
   * @throws UsageException if the file cannot be read
   */
  protected <T> T readJson(String file, Class<T> type) {
    if ("-".equals(file)) {
      return JSON.read(stdin(), type);
    }
    return JSON.read(readFile(file), type);
  }

  /**
   * The bytes of a file named on the command line.
   *
   * @param file the path
   * @return the bytes
   * @throws UsageException if the file cannot be read
   */
  protected static byte[] readFile(String file) {
    try {
      return Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new UsageException(file + ": no such file");
    } catch (IOException e) {
      throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  /**
   * Standard input of this run.
   *
   * @return the stream
   */
  protected InputStream stdin() {
    return ((JustCultureCli) spec.root().userObject()).in();
  }

  /**
   * Standard output.
   *
   * @return the writer
   */
  protected PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /**
   * Standard error, for diagnostics and progress.
   *
   * @return the writer
   */
  protected PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * Prints a value as indented JSON on standard output, followed by a newline.
   *
   * @param value the value
   */
  protected void printJson(Object value) {
    out().println(JSON.writePretty(value));
    out().flush();
  }
}
