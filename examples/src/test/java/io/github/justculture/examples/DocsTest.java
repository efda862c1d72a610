package io.github.justculture.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation stands on its own: every relative link in every Markdown file resolves to a
 * file in the repository, and nothing in the repository points outside it.
 */
public class DocsTest {

  /** The repository root. */
  public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  /**
   * The repository's files with a suffix, outside build output and Git's own.
   *
   * @param suffix such as {@code .md}
   * @return the files, sorted
   * @throws IOException if the tree cannot be read
   */
  public static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(ROOT)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(suffix))
          .filter(
              p -> {
                String r = ROOT.relativize(p).toString().replace('\\', '/');
                return !r.startsWith(".git/")
                    && !r.contains("/target/")
                    && !r.startsWith("target/")
                    && !r.contains("node_modules/")
                    && !r.startsWith(".mvn/");
              })
          .sorted()
          .toList();
    }
  }

  @Test
  void everyRelativeLinkInEveryMarkdownFileResolvesInsideTheRepository() throws IOException {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path md : files(".md")) {
      String text = Files.readString(md, StandardCharsets.UTF_8);
      Matcher m = LINK.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.startsWith("http://")
            || target.startsWith("https://")
            || target.startsWith("mailto:")
            || target.startsWith("#")) {
          continue;
        }
        links++;
        String file = target.replaceAll("#.*$", "");
        Path resolved = md.getParent().resolve(file).normalize();
        if (!resolved.startsWith(ROOT)) {
          broken.add(ROOT.relativize(md) + ": " + target + " leaves the repository");
        } else if (!Files.exists(resolved)) {
          broken.add(ROOT.relativize(md) + ": " + target + " does not exist");
        }
      }
    }
    assertThat(links).as("relative links checked").isGreaterThan(30);
    assertThat(broken).isEmpty();
  }

  @Test
  void nothingInTheRepositoryPointsOutsideIt() throws IOException {
    List<String> found = new ArrayList<>();
    Pattern outside = Pattern.compile("\\.\\./shared/|shared/(domain|contracts|conventions)");
    for (String suffix : List.of(".md", ".java", ".xml", ".json", ".sh", ".gp", ".py", ".lua")) {
      for (Path f : files(suffix)) {
        if (f.endsWith("DocsTest.java")) {
          continue;
        }
        // Latin-1 reads any bytes (the hostile corpus has files that are not UTF-8 on purpose).
        List<String> lines =
            List.of(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).split("\n"));
        for (int i = 0; i < lines.size(); i++) {
          if (outside.matcher(lines.get(i)).find()) {
            found.add(ROOT.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /**
   * The shell commands the READMEs give write only under {@code target/} (or a folder Git ignores),
   * so running them leaves nothing untracked in the repository.
   */
  @Test
  void theReadmesCommandsWriteOnlyUnderTarget() throws IOException {
    Pattern block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    Pattern output =
        Pattern.compile(
            "(?:--out|--json|--html|--decision-log|--token-file)[ =](\\S+)|>\\s*([^\\s&|]+)");
    List<String> bad = new ArrayList<>();
    int checked = 0;
    for (Path md : files(".md")) {
      Matcher blocks = block.matcher(Files.readString(md, StandardCharsets.UTF_8));
      while (blocks.find()) {
        for (String line : blocks.group(1).split("\\n")) {
          String command = line.replaceAll("#.*$", "");
          Matcher m = output.matcher(command);
          while (m.find()) {
            String target = m.group(1) != null ? m.group(1) : m.group(2);
            checked++;
            boolean fine =
                target.startsWith("target/")
                    || target.startsWith("/dev/")
                    || target.startsWith("/tmp/")
                    || target.startsWith("$")
                    || target.equals("-")
                    || target.startsWith("examples/research/out")
                    || target.startsWith("DIR")
                    || target.startsWith("FILE");
            if (!fine) {
              bad.add(ROOT.relativize(md) + ": " + line.strip());
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(3);
    assertThat(bad).isEmpty();
  }
}
