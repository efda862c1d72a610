/** Runnable examples of the justculture library. */
@NullMarked
package io.github.justculture.examples;

import org.jspecify.annotations.NullMarked;
