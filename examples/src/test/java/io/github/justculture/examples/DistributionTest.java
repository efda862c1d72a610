package io.github.justculture.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The download a vendor gets: {@code cli/target/justculture-VERSION.zip}, unzipped, runs the tour
 * with only a Java runtime made by {@code jlink} (no JDK tools, no Maven, no {@code java} on the
 * PATH), makes its class-data archive on the first run and uses it after, answers exactly as {@code
 * java -jar} does, and falls back cleanly where a runtime has no base archive.
 */
class DistributionTest {

  @TempDir Path dir;

  @Test
  void theZipRunsTheTourWithOnlyAJavaRuntime() throws Exception {
    Path zip;
    try (Stream<Path> files = Files.list(Path.of("../cli/target"))) {
      zip =
          files
              .filter(f -> f.getFileName().toString().matches("justculture-.*\\.zip"))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("build the cli module first (./mvnw -B verify)"));
    }
    Map<String, Integer> modes = unixModes(Files.readAllBytes(zip));
    Path home = unzip(zip, dir.resolve("dist"));
    String top = home.getFileName().toString();
    assertThat(modes.get(top + "/bin/justculture") & 0777)
        .as("bin/justculture is executable")
        .isEqualTo(0755);
    for (String f :
        List.of(
            "bin/justculture.bat",
            "lib/justculture.jar",
            "LICENSE",
            "docs/cli.md",
            "docs/domain/cost-model.md",
            "CHANGELOG.md",
            "examples/gate-proposal.json")) {
      assertThat(home.resolve(f)).as(f).exists();
    }
    // No Windows here to run it: what can be checked without one. cmd.exe wants CRLF line ends,
    // and the script must run the same jar, with the same options, as bin/justculture.
    String bat = Files.readString(home.resolve("bin/justculture.bat"), StandardCharsets.US_ASCII);
    assertThat(bat.replace("\r\n", "")).as("every line ends CRLF").doesNotContain("\n");
    assertThat(bat)
        .contains("-jar \"%APP_HOME%\\lib\\justculture.jar\" %*")
        .contains("%JAVA_HOME%\\bin\\java.exe")
        .contains("%JAVA_OPTS%")
        .contains("exit /b %ERRORLEVEL%")
        // One argument however many spaces the user's folder holds (C:\Users\Ann Smith\...).
        .contains("\"-XX:SharedArchiveFile=%LOCALAPPDATA%\\justculture\\app.jsa\"");

    // A Java runtime, as a JRE would be: the Java SE modules, with the JDK's base class-data
    // archive.
    Path runtime = dir.resolve("jre");
    Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
    run(
        List.of(
            jlink.toString(),
            "--add-modules",
            "java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs",
            "--strip-debug",
            "--no-header-files",
            "--no-man-pages",
            "--generate-cds-archive",
            "--output",
            runtime.toString()),
        Map.of(),
        home);

    Path cache = dir.resolve("cache");
    Map<String, String> env = new HashMap<>();
    env.put("JAVA_HOME", runtime.toString());
    env.put("PATH", "/usr/bin:/bin");
    env.put("XDG_CACHE_HOME", cache.toString());
    Result tour = run(List.of("sh", "bin/justculture", "tour"), env, home);
    assertThat(tour.exit()).as(tour.out()).isZero();
    assertThat(tour.out()).startsWith("justculture tour: one incident").contains("PASSED");
    Path archives = cache.resolve("justculture");
    try (Stream<Path> made = Files.list(archives)) {
      assertThat(made.map(p -> p.getFileName().toString()).toList())
          .singleElement()
          .asString()
          .matches("app-[0-9]+\\.jsa");
    }

    // With the archive now: the same bytes as java -jar, and the exit codes of the contract.
    Path request = home.resolve("examples/guide-evaluate.json");
    Result viaLauncher =
        run(List.of("sh", "bin/justculture", "guide", "evaluate", request.toString()), env, home);
    Result viaJar =
        run(
            List.of(
                runtime.resolve("bin/java").toString(),
                "-jar",
                "lib/justculture.jar",
                "guide",
                "evaluate",
                request.toString()),
            Map.of(),
            home);
    assertThat(viaLauncher.exit()).isZero();
    assertThat(viaLauncher.out()).isEqualTo(viaJar.out()).contains("\"status\" : ");
    Result invalid =
        run(List.of("sh", "bin/justculture", "guide", "evaluate", "no-such-file.json"), env, home);
    assertThat(invalid.exit()).isEqualTo(2);

    // The run that makes an archive reads standard input too (a shell gives a command it runs in
    // the background /dev/null unless told otherwise).
    Map<String, String> fresh = new HashMap<>(env);
    fresh.put("XDG_CACHE_HOME", dir.resolve("fresh-cache").toString());
    Result piped =
        run(
            List.of("sh", "bin/justculture", "guide", "evaluate", "-"),
            fresh,
            home,
            Files.readAllBytes(request));
    assertThat(piped.exit()).as(piped.out()).isZero();
    assertThat(piped.out()).isEqualTo(viaJar.out());
    assertThat(dir.resolve("fresh-cache/justculture")).isNotEmptyDirectory();
    // … and copes when there is no standard input at all (a closed descriptor, as some schedulers
    // leave it).
    fresh.put("XDG_CACHE_HOME", dir.resolve("closed-cache").toString());
    Result closed =
        run(List.of("sh", "-c", "exec <&-; exec sh bin/justculture --version"), fresh, home);
    assertThat(closed.exit()).as(closed.out()).isZero();
    assertThat(closed.out()).startsWith("justculture ");
    assertThat(dir.resolve("closed-cache/justculture")).isNotEmptyDirectory();

    // Called through symbolic links (a link in a folder on the PATH, a relative link to that),
    // it still finds its jar.
    Path onPath = Files.createDirectories(dir.resolve("on-path/sub")).getParent();
    Path absolute =
        Files.createSymbolicLink(onPath.resolve("justculture"), home.resolve("bin/justculture"));
    Path relative = Files.createSymbolicLink(onPath.resolve("sub/jc"), Path.of("../justculture"));
    for (Path link : List.of(absolute, relative)) {
      Result linked = run(List.of("sh", link.toString(), "--version"), env, dir);
      assertThat(linked.exit()).as(linked.out()).isZero();
      assertThat(linked.out()).startsWith("justculture ");
    }

    // A runtime without a base archive (jlink without --generate-cds-archive): no archive, no
    // noise.
    try (Stream<Path> base = Files.list(runtime.resolve("lib/server"))) {
      for (Path p : base.filter(p -> p.toString().endsWith(".jsa")).toList()) {
        Files.delete(p);
      }
    }
    Result plain =
        run(List.of("sh", "bin/justculture", "guide", "evaluate", request.toString()), env, home);
    assertThat(plain.exit()).isZero();
    assertThat(plain.out()).isEqualTo(viaJar.out());

    // No Java at all: a clear message, exit 1.
    Map<String, String> none =
        new HashMap<>(Map.of("PATH", "/usr/bin:/bin", "XDG_CACHE_HOME", cache.toString()));
    Result noJava = run(List.of("sh", "bin/justculture", "--version"), none, home);
    if (!Files.exists(Path.of("/usr/bin/java")) && !Files.exists(Path.of("/bin/java"))) {
      assertThat(noJava.exit()).isEqualTo(1);
      assertThat(noJava.out()).contains("no Java found");
    }
  }

  record Result(int exit, String out) {}

  @Test
  void theExecutableJarIsStoredNotDeflatedWithItsManifestFirst() throws Exception {
    Path stored = Path.of("../cli/target/justculture.jar");
    Path shaded = Path.of("../cli/target/justculture-deflated.jar");
    List<String> names = new ArrayList<>();
    try (ZipFile jar = new ZipFile(stored.toFile())) {
      List<? extends ZipEntry> entries = jar.stream().toList();
      // The JVM reads a stored class without inflating it: start-up (benchmarks/README.md, §5).
      assertThat(entries)
          .allSatisfy(e -> assertThat(e.getMethod()).as(e.getName()).isEqualTo(ZipEntry.STORED));
      assertThat(entries.stream().filter(e -> !e.isDirectory()).findFirst().orElseThrow().getName())
          .isEqualTo("META-INF/MANIFEST.MF");
      // Reproducible: every entry carries the build's fixed timestamp, whatever the day.
      assertThat(entries.stream().map(ZipEntry::getLastModifiedTime).distinct()).hasSize(1);
      entries.forEach(e -> names.add(e.getName()));
    }
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(stored.toFile());
        ZipFile deflated = new ZipFile(shaded.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("io.github.justculture.cli.JustCultureCli");
      assertThat(jar.isMultiRelease()).isTrue();
      // The same entries as the shaded jar, byte for byte.
      assertThat(names)
          .containsExactlyInAnyOrderElementsOf(deflated.stream().map(ZipEntry::getName).toList());
      for (ZipEntry e : deflated.stream().filter(e -> !e.isDirectory()).toList()) {
        try (var a = deflated.getInputStream(e);
            var b = jar.getInputStream(jar.getEntry(e.getName()))) {
          assertThat(b.readAllBytes()).as(e.getName()).isEqualTo(a.readAllBytes());
        }
      }
    }
  }

  private static Result run(List<String> command, Map<String, String> env, Path in)
      throws Exception {
    return run(command, env, in, new byte[0]);
  }

  private static Result run(List<String> command, Map<String, String> env, Path in, byte[] stdin)
      throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true);
    if (!env.isEmpty()) {
      pb.environment().clear();
      pb.environment().putAll(env);
    }
    Process p = pb.start();
    try (OutputStream toProcess = p.getOutputStream()) {
      toProcess.write(stdin);
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Result(p.exitValue(), out);
  }

  private static Path unzip(Path zip, Path to) throws IOException {
    List<Path> tops = new ArrayList<>();
    Files.createDirectories(to);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path dest = to.resolve(e.getName()).normalize();
        assertThat(dest.startsWith(to)).as(e.getName()).isTrue();
        if (e.isDirectory()) {
          Files.createDirectories(dest);
        } else {
          Files.createDirectories(dest.getParent());
          Files.write(dest, in.readAllBytes());
        }
        Path top = to.resolve(e.getName().split("/")[0]);
        if (!tops.contains(top)) {
          tops.add(top);
        }
      }
    }
    assertThat(tops).hasSize(1);
    return tops.get(0);
  }

  /**
   * Each entry's Unix mode, from the zip's central directory (which java.util.zip does not expose).
   */
  static Map<String, Integer> unixModes(byte[] zip) {
    Map<String, Integer> modes = new HashMap<>();
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 <= zip.length; i++) {
      if (b.getInt(i) == 0x02014b50) {
        int nameLength = b.getShort(i + 28) & 0xffff;
        int extra = b.getShort(i + 30) & 0xffff;
        int comment = b.getShort(i + 32) & 0xffff;
        int external = b.getInt(i + 38);
        String name = new String(zip, i + 46, nameLength, StandardCharsets.UTF_8);
        modes.put(name, external >>> 16);
        i += 45 + nameLength + extra + comment;
      }
    }
    return modes;
  }
}
