package io.github.justculture.core.internal;

import io.github.justculture.core.Finding;
import java.util.List;
import java.util.Optional;

/**
 * What a CSV header that is not comma-separated looks like, so that its readers can say so: a
 * spreadsheet saved with semicolons (the default where a comma is the decimal mark), tabs or bars
 * between columns is read as one column whose name holds them all.
 */
public final class CsvHints {

  private CsvHints() {}

  /**
   * A finding for a header of one column holding another separator, with what to do about it.
   *
   * @param header the header's column names
   * @return the finding, at {@code $}; empty for any other header
   */
  public static Optional<Finding> separator(List<String> header) {
    if (header.size() != 1) {
      return Optional.empty();
    }
    String only = header.get(0);
    String held =
        only.indexOf(';') >= 0
            ? "semicolons"
            : only.indexOf('\t') >= 0 ? "tabs" : only.indexOf('|') >= 0 ? "bars ('|')" : null;
    return held == null
        ? Optional.empty()
        : Optional.of(
            Finding.of(
                "$",
                "the header is one column holding "
                    + held
                    + ": columns must be separated by commas (save the file as comma-separated"
                    + " CSV)"));
  }
}
