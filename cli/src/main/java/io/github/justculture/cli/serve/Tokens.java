package io.github.justculture.cli.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bearer tokens a service accepts. Each is kept only as its SHA-256, and a presented token is
 * compared with every one by hash in constant time ({@link MessageDigest#isEqual}), so neither the
 * tokens nor their lengths leak through timing.
 */
public final class Tokens {

  /** The shortest token accepted: shorter ones are guessable. */
  public static final int MIN_LENGTH = 16;

  private final List<byte[]> hashes;

  private Tokens(List<byte[]> hashes) {
    this.hashes = List.copyOf(hashes);
  }

  /**
   * Tokens from a token file's text: one a line; blank lines and lines starting with {@code #} are
   * skipped; surrounding spaces are trimmed.
   *
   * @param text the file's text
   * @return the tokens
   * @throws IllegalArgumentException naming the line of a token too short, or when there is none
   */
  public static Tokens parse(String text) {
    List<byte[]> hashes = new ArrayList<>();
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      String token = line.trim();
      if (token.isEmpty() || token.startsWith("#")) {
        continue;
      }
      if (token.length() < MIN_LENGTH) {
        throw new IllegalArgumentException(
            "line " + number + ": a token must have at least " + MIN_LENGTH + " characters");
      }
      hashes.add(sha256(token));
    }
    if (hashes.isEmpty()) {
      throw new IllegalArgumentException("no token in the file (one a line; # starts a comment)");
    }
    return new Tokens(hashes);
  }

  /**
   * Whether an {@code Authorization} header carries one of the tokens.
   *
   * @param authorization the header's value, or null
   * @return true for {@code Bearer <a known token>}
   */
  public boolean accepts(String authorization) {
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
