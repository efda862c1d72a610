/**
 * justculture decision guide: the just culture decision algorithm as data, with an exact engine,
 * audit records and the formal-action gate.
 */
module io.github.justculture.guide {
  requires transitive io.github.justculture.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.justculture.guide;
  exports io.github.justculture.gate;

  // Jackson binds the Immutables-generated JSON delegates reflectively.
  opens io.github.justculture.guide to
      com.fasterxml.jackson.databind;
  opens io.github.justculture.gate to
      com.fasterxml.jackson.databind;
}
