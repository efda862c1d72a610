/**
 * justculture decision guide: the just culture decision algorithm as data, with an exact engine,
 * audit records and the formal-action gate.
 */
module io.github.justculture.guide {
  requires transitive io.github.justculture.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
}
