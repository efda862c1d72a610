/** Runnable examples of embedding the justculture library in Java. */
module io.github.justculture.examples {
  requires io.github.justculture.core;
  requires io.github.justculture.guide;
  requires io.github.justculture.cost;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
}
