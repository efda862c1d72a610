/**
 * The {@code justculture} command line: JSON in, JSON out, exit codes as in the CLI contract.
 *
 * <p>A command is one small class: a picocli {@code @Command} that extends {@link
 * io.github.justculture.examples.cli.JsonCommand} (or implements {@link
 * java.util.concurrent.Callable}) and is listed in its group's {@code subcommands}.
 */
@NullMarked
package io.github.justculture.examples.cli;

import org.jspecify.annotations.NullMarked;
