/**
 * The justculture application: the command line over one table of operations, HTML reports and the
 * tour. Not a library: no API promise.
 */
module io.github.justculture.cli {
  requires io.github.justculture.core;
  requires io.github.justculture.guide;
  requires io.github.justculture.cost;
  requires info.picocli;
  requires io.javalin;
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.ee10.servlet;
  requires java.xml;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  opens io.github.justculture.cli to
      info.picocli;
  opens io.github.justculture.cli.op to
      com.fasterxml.jackson.databind;
  opens io.github.justculture.cli.serve to
      com.fasterxml.jackson.databind;
  opens io.github.justculture.cli.report to
      com.fasterxml.jackson.databind;
}
