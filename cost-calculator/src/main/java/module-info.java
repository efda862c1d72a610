/**
 * justculture cost calculator: the cost of bullying and harassment to an NHS organisation or the
 * whole NHS.
 */
module io.github.justculture.cost {
  requires transitive io.github.justculture.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.justculture.cost;

  // Jackson binds the Immutables-generated JSON delegates reflectively.
  opens io.github.justculture.cost to
      com.fasterxml.jackson.databind;
}
