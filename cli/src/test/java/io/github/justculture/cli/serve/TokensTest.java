package io.github.justculture.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A token file's text: what counts as a token, and what is refused before the service listens. */
class TokensTest {

  private static final String HEX = "0123456789abcdef0123456789abcdef";
  private static final String BASE64 = "q83vEjRWeJq8/+01AbCdEfGhIjKl==";

  @Test
  void aTokenIsWhatAClientCanSendAfterBearer() {
    Tokens tokens =
        Tokens.parse(
            "# hex, base64 with padding, a UUID, every other allowed character\n"
                + HEX
                + "\n  "
                + BASE64
                + "  \n\n"
                + "123e4567-e89b-12d3-a456-426614174000\n"
                + "a.b_c~d+e/f-0123456789\n");
    assertThat(tokens.size()).isEqualTo(4);
    assertThat(tokens.accepts("Bearer " + HEX)).isTrue();
    assertThat(tokens.accepts("Bearer " + BASE64)).isTrue();
    assertThat(tokens.accepts("Bearer 123e4567-e89b-12d3-a456-426614174000")).isTrue();
    assertThat(tokens.accepts("Bearer a.b_c~d+e/f-0123456789")).isTrue();
    assertThat(tokens.accepts("Bearer " + HEX.toUpperCase(java.util.Locale.ROOT))).isFalse();
    assertThat(tokens.accepts("Bearer " + BASE64.substring(0, BASE64.length() - 1))).isFalse();
  }

  /**
   * Windows editors save "UTF-8 with BOM" and CRLF line ends: the first token is still the one
   * written.
   */
  @Test
  void aByteOrderMarkAndCarriageReturnsAreNotPartOfATokenRead() throws Exception {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] text = (HEX + "\r\n# comment\r\n" + BASE64 + "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, file, 0, bom.length);
    System.arraycopy(text, 0, file, bom.length, text.length);
    Tokens tokens = Tokens.read(new ByteArrayInputStream(file));
    assertThat(tokens.size()).isEqualTo(2);
    assertThat(tokens.accepts("Bearer " + HEX)).isTrue();
    assertThat(tokens.accepts("Bearer " + BASE64)).isTrue();
    // Only a mark before the first line is dropped: anywhere else it is a character no header has.
    assertThatThrownBy(() -> Tokens.parse(HEX + "\n\uFEFF" + BASE64))
        .hasMessageStartingWith("line 2: a token may hold only letters, digits");
  }

  @Test
  void everyLineNoRequestCouldMatchIsNamedAndNoTokenIsShown() {
    String secret = "my pass phrase is long enough";
    assertThatThrownBy(
            () ->
                Tokens.parse(
                    HEX
                        + "\n"
                        + secret
                        + "\nshort\n"
                        + "t\u00f6k\u00e9n-0123456789abcdef\n"
                        + "abc=def-0123456789abcdef\n"
                        + "================\n"
                        + "tab\there-0123456789abcdef\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "line 2: a token may hold only letters, digits and - . _ ~ + / (then = at its end), as"
                + " a bearer token in an HTTP header must; line 3: a token must have at least 16"
                + " characters; line 4: a token may hold only letters, digits and - . _ ~ + / (then"
                + " = at its end), as a bearer token in an HTTP header must; line 5: a token may hold"
                + " only letters, digits and - . _ ~ + / (then = at its end), as a bearer token in an"
                + " HTTP header must; line 6: a token may hold only letters, digits and - . _ ~ + /"
                + " (then = at its end), as a bearer token in an HTTP header must; line 7: a token"
                + " may hold only letters, digits and - . _ ~ + / (then = at its end), as a bearer"
                + " token in an HTTP header must")
        .message()
        .doesNotContain("phrase")
        .doesNotContain("0123456789abcdef");
  }

  @Test
  void pastTenBadLinesTheRestAreCounted() {
    String file = (HEX + "\n") + "short\n".repeat(Tokens.MOST_NAMED + 2);
    assertThatThrownBy(() -> Tokens.parse(file))
        .message()
        .startsWith("line 2: a token must have at least 16 characters; line 3: ")
        .contains("line " + (Tokens.MOST_NAMED + 1) + ": ")
        .doesNotContain("line " + (Tokens.MOST_NAMED + 2) + ": ")
        .endsWith("; and 2 more lines");
  }

  @Test
  void aFileOfCommentsAndBlankLinesHasNoToken() {
    assertThatThrownBy(() -> Tokens.parse("\uFEFF# only a comment\n\n   \n"))
        .hasMessage("no token in the file (one a line; # starts a comment)");
  }
}
