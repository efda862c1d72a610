/**
 * The table of operations and what every front end shares: reading options and input with every
 * problem at once ({@link io.github.justculture.cli.op.Runner}), the one error representation
 * ({@link io.github.justculture.cli.op.Problem}), batch use, and the options value types.
 */
@NullMarked
package io.github.justculture.cli.op;

import org.jspecify.annotations.NullMarked;
