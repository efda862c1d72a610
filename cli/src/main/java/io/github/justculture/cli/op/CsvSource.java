package io.github.justculture.cli.op;

import java.io.InputStream;

/**
 * CSV input for an operation: UTF-8 bytes, streamed, which the operation reads to the end (the
 * library's {@code CsvReader} decodes each cell strictly).
 *
 * @param stream the bytes; the front end closes it
 */
public record CsvSource(InputStream stream) {}
