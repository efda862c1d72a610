package io.github.justculture.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.justculture.core.Finding;
import io.github.justculture.core.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** One assertion for the library's input errors: exactly these findings, in this order. */
public final class Invalid {

  private Invalid() {}

  /**
   * Asserts that the call throws an {@link InvalidInputException} whose findings read exactly as
   * given ({@link Finding#message()}).
   *
   * @param call the call
   * @param messages the findings' messages, in order
   */
  public static void assertFindings(ThrowingCallable call, String... messages) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.findings()).extracting(Finding::message).containsExactly(messages));
  }

  /**
   * Asserts that the call throws an {@link InvalidInputException} with findings at exactly these
   * paths, in this order.
   *
   * @param call the call
   * @param paths the findings' paths, in order
   */
  public static void assertPaths(ThrowingCallable call, String... paths) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.findings()).extracting(Finding::path).containsExactly(paths));
  }
}
