package io.github.justculture.guide;

import io.github.justculture.core.internal.FindingCollector;
import java.util.regex.Pattern;

/** The rule for pseudonymous references to people. */
final class References {

  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private References() {}

  static void check(FindingCollector problems, String path, String reference) {
    problems.require(
        REFERENCE.matcher(reference).matches(),
        path,
        "must be a pseudonymous reference: 1 to 64 letters, digits, '.', '_', ':' or '-' (the"
            + " value is not shown: it may be a name)",
        null);
  }
}
