/** Runnable examples and the {@code justculture} command line. */
module io.github.justculture.examples {
  requires io.github.justculture.core;
  requires io.github.justculture.guide;
  requires io.github.justculture.cost;
  requires info.picocli;
  requires java.xml;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  opens io.github.justculture.examples.cli to
      info.picocli;
  opens io.github.justculture.examples.report to
      com.fasterxml.jackson.databind;
}
