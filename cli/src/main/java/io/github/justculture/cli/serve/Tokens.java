package io.github.justculture.cli.serve;

import io.github.justculture.cli.op.IoFaults;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The bearer tokens a service accepts. Each is kept only as its SHA-256, and a presented token is
 * compared with every one by hash in constant time ({@link MessageDigest#isEqual}), so neither the
 * tokens nor their lengths leak through timing.
 *
 * <p>Tokens read from a file ({@link #watch}) follow the file: when it changes, the next request
 * (at most once a second) reads it again, so tokens are added and withdrawn without a restart. A
 * file that cannot be used (unreadable, not UTF-8, no token, a token too short) leaves the tokens
 * in force as they were, and says so once on the service's log.
 */
public final class Tokens {

  /** The shortest token accepted: shorter ones are guessable. */
  public static final int MIN_LENGTH = 16;

  /** The largest token file read. */
  public static final int MAX_FILE_BYTES = 1 << 20;

  /** The message of a token file that is not UTF-8 text. */
  public static final String NOT_UTF_8 = "is not UTF-8 text";

  /** How often a watched file is looked at, at most. */
  static final long CHECK_NANOS = 1_000_000_000L;

  private volatile List<byte[]> hashes;
  private final @Nullable Path file;
  private final @Nullable PrintStream log;
  private volatile long checkedAt;
  private volatile @Nullable Object seen; // the file's size and time when last read or refused

  private Tokens(List<byte[]> hashes, @Nullable Path file, @Nullable PrintStream log) {
    this.hashes = List.copyOf(hashes);
    this.file = file;
    this.log = log;
    this.checkedAt = System.nanoTime();
  }

  /**
   * Tokens read from a file, and read again whenever the file changes.
   *
   * @param file the token file
   * @param log where a reload, or a refused one, is said
   * @return the tokens
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it is not UTF-8, is over {@link #MAX_FILE_BYTES}, or holds
   *     no usable token (the message says which, and the line)
   */
  public static Tokens watch(Path file, PrintStream log) throws IOException {
    Object stamp = stamp(file);
    Tokens tokens = new Tokens(read(file), file, log);
    tokens.seen = stamp;
    return tokens;
  }

  /** Reads a token file that is followed: a regular file only (a pipe would be waited on). */
  private static List<byte[]> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("is not a regular file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in).hashes;
    }
  }

  /**
   * Tokens read once from a stream (standard input, a pipe): at most {@link #MAX_FILE_BYTES},
   * strictly UTF-8.
   *
   * @param in the stream; not closed
   * @return the tokens
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if it is too large, not UTF-8 ({@link #NOT_UTF_8}), or holds
   *     no usable token
   */
  public static Tokens read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    if (bytes.length > MAX_FILE_BYTES) {
      // Never cut: the last token would be accepted shorter than written.
      throw new IllegalArgumentException("is over 1 MiB");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(NOT_UTF_8);
    }
    return parse(text);
  }

  /** What tells a changed file: its size and modification time. */
  private static Object stamp(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return List.of(a.size(), a.lastModifiedTime(), String.valueOf(a.fileKey()));
  }

  /** Reads a watched file again if it changed; keeps the tokens in force if it cannot be used. */
  private void follow() {
    long now = System.nanoTime();
    if (file == null || now - checkedAt < CHECK_NANOS) {
      return;
    }
    synchronized (this) {
      if (now - checkedAt < CHECK_NANOS) {
        return;
      }
      checkedAt = now;
      Object stamp;
      try {
        stamp = stamp(file);
      } catch (IOException e) {
        refused("cannot be read (" + IoFaults.reason(e) + ")", "gone");
        return;
      }
      if (stamp.equals(seen)) {
        return;
      }
      try {
        List<byte[]> next = read(file); // an unmodifiable copy already
        hashes = next;
        seen = stamp;
        say("reloaded: " + next.size() + (next.size() == 1 ? " token" : " tokens"));
      } catch (IOException e) {
        refused("cannot be read (" + IoFaults.reason(e) + ")", stamp);
      } catch (IllegalArgumentException e) {
        refused(String.valueOf(e.getMessage()), stamp);
      }
    }
  }

  /** Says once per change of the file that it could not be used. */
  private void refused(String why, Object stamp) {
    if (!stamp.equals(seen)) {
      seen = stamp;
      say("not reloaded, " + why + "; the tokens in force stay");
    }
  }

  private void say(String what) {
    if (log != null) {
      log.println("token file " + file + ": " + what);
      log.flush();
    }
  }

  /** The most bad lines a refusal names; the rest are counted. */
  static final int MOST_NAMED = 10;

  /**
   * Tokens from a token file's text: one a line; blank lines and lines starting with {@code #} are
   * skipped; surrounding spaces are trimmed, and a byte-order mark before the first line is not
   * part of its token. A token is what an HTTP client can send after {@code Bearer} (RFC 6750's
   * {@code token68}: letters, digits, {@code - . _ ~ + /}, then any {@code =} padding), so that a
   * token no request could ever match is refused here, not found out as a stream of 401s.
   *
   * @param text the file's text
   * @return the tokens
   * @throws IllegalArgumentException naming every line whose token is too short or holds a
   *     character a bearer token cannot (the first {@value #MOST_NAMED}, then a count; tokens are
   *     secrets, so they are never shown), or when there is none
   */
  public static Tokens parse(String text) {
    List<byte[]> hashes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int bad = 0;
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      String token = (number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).trim();
      if (token.isEmpty() || token.startsWith("#")) {
        continue;
      }
      String problem =
          token.length() < MIN_LENGTH
              ? "a token must have at least " + MIN_LENGTH + " characters"
              : TOKEN68.matcher(token).matches()
                  ? null
                  : "a token may hold only letters, digits and - . _ ~ + / (then = at its end),"
                      + " as a bearer token in an HTTP header must";
      if (problem == null) {
        hashes.add(sha256(token));
      } else if (bad++ < MOST_NAMED) {
        problems.add("line " + number + ": " + problem);
      }
    }
    if (bad > MOST_NAMED) {
      problems.add("and " + (bad - MOST_NAMED) + " more lines");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    if (hashes.isEmpty()) {
      throw new IllegalArgumentException("no token in the file (one a line; # starts a comment)");
    }
    return new Tokens(hashes, null, null);
  }

  /**
   * RFC 6750's {@code b64token}: {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" )
   * *"="}.
   */
  private static final Pattern TOKEN68 = Pattern.compile("[A-Za-z0-9._~+/-]+=*");

  /**
   * Whether an {@code Authorization} header carries one of the tokens.
   *
   * @param authorization the header's value, or null
   * @return true for {@code Bearer <a known token>}
   */
  public boolean accepts(@Nullable String authorization) {
    follow();
    List<byte[]> hashes = this.hashes;
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] presented = sha256(authorization.substring(7).trim());
    boolean match = false;
    for (byte[] hash : hashes) {
      match |= MessageDigest.isEqual(hash, presented); // every token compared, always
    }
    return match;
  }

  /**
   * How many tokens there are.
   *
   * @return the count
   */
  public int size() {
    follow();
    return hashes.size();
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
