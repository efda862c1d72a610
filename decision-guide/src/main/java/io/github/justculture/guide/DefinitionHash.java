package io.github.justculture.guide;

import io.github.justculture.core.json.JustCultureJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The content hash of a definition: SHA-256 over its canonical JSON (sorted keys, no whitespace),
 * in lower-case hex. The third part of every {@link GuideRef}, so that a stored result names
 * exactly the definition it was made with.
 */
final class DefinitionHash {

  private DefinitionHash() {}

  /**
   * The hash.
   *
   * @param definition the definition
   * @return 64 hex digits
   */
  static String sha256(GuideDefinition definition) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  JustCultureJson.codec()
                      .writeCanonical(definition)
                      .getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(64);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
