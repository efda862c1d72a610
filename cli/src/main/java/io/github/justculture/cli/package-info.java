/**
 * The {@code justculture} command line: JSON in, JSON out, exit codes as in the CLI contract.
 *
 * <p>An operation (JSON or CSV in, a result out) is one entry of the table in {@link
 * io.github.justculture.cli.op.Operations}; {@link io.github.justculture.cli.OperationCommand}
 * makes its command. Commands that are not operations ({@code tour}, {@code schema}, {@code guide
 * ask}, {@code guide render}, …) extend {@link io.github.justculture.cli.BaseCommand}.
 */
@NullMarked
package io.github.justculture.cli;

import org.jspecify.annotations.NullMarked;
