/**
 * justculture core: the values every justculture module shares.
 *
 * <p>Money ({@link io.github.justculture.core.Gbp}), the provenance and citation of a number,
 * validation findings that name the JSON path of each problem, and a strict JSON codec. Depends at
 * run time on Jackson only.
 */
@SuppressWarnings("module") // the qualified export names modules built after this one
module io.github.justculture.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.justculture.core;
  exports io.github.justculture.core.json;
  exports io.github.justculture.core.csv;
  exports io.github.justculture.equality;
  exports io.github.justculture.restorative;
  exports io.github.justculture.civility;

  // Not API: the Immutables style, JSON paths, the finding collector and the JSON problem
  // collection the other justculture modules (and the application) build on.
  exports io.github.justculture.core.internal to
      io.github.justculture.guide,
      io.github.justculture.cost,
      io.github.justculture.cli;

  // Jackson binds the Immutables-generated JSON delegates reflectively.
  opens io.github.justculture.core to
      com.fasterxml.jackson.databind;
  opens io.github.justculture.equality to
      com.fasterxml.jackson.databind;
  opens io.github.justculture.restorative to
      com.fasterxml.jackson.databind;
  opens io.github.justculture.civility to
      com.fasterxml.jackson.databind;
}
