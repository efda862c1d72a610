package io.github.justculture.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.justculture.examples.DocsTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java block of every Markdown file is marked {@code <!-- snippet: NAME -->} and is exactly
 * the region {@code NAME} of {@link ReadmeSnippetsTest}, which compiles and runs it: a README's
 * Java cannot drift from code that works.
 */
class SnippetsMatchTest {

  private static final Path SNIPPETS =
      Path.of("src/test/java/io/github/justculture/examples/readme/ReadmeSnippetsTest.java");
  private static final Pattern BLOCK =
      Pattern.compile("(?:<!-- snippet: ([a-z0-9-]+) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);

  static Map<String, String> regions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(SNIPPETS, StandardCharsets.UTF_8);
    String name = null;
    List<String> body = new ArrayList<>();
    for (String line : lines) {
      String t = line.strip();
      if (t.startsWith("// snippet: ")) {
        name = t.substring("// snippet: ".length());
        body.clear();
      } else if (t.equals("// end snippet") && name != null) {
        regions.put(name, dedent(body));
        name = null;
      } else if (name != null) {
        body.add(line);
      }
    }
    return regions;
  }

  static String dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String l : lines) {
      out.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return out.toString();
  }

  @Test
  void everyJavaBlockIsARegionThatCompilesAndRuns() throws IOException {
    Map<String, String> regions = regions();
    List<String> problems = new ArrayList<>();
    List<String> used = new ArrayList<>();
    for (Path md : DocsTest.files(".md")) {
      String text = Files.readString(md, StandardCharsets.UTF_8);
      Matcher m = BLOCK.matcher(text);
      while (m.find()) {
        String where = DocsTest.ROOT.relativize(md).toString();
        if (m.group(1) == null) {
          problems.add(where + ": a java block without a <!-- snippet: NAME --> marker");
          continue;
        }
        String region = regions.get(m.group(1));
        used.add(m.group(1));
        if (region == null) {
          problems.add(where + ": no region " + m.group(1) + " in " + SNIPPETS);
        } else if (!region.equals(m.group(2))) {
          problems.add(
              where
                  + ": block "
                  + m.group(1)
                  + " differs from its region:\n"
                  + m.group(2)
                  + "\n---\n"
                  + region);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(used).containsExactlyInAnyOrderElementsOf(regions.keySet());
  }
}
