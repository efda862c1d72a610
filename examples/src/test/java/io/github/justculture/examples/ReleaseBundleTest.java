package io.github.justculture.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Security;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyEncryptorBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The release profile, rehearsed: a copy of the repository at a release version is built with
 * {@code -Prelease} and a throwaway key made here, and the Central Portal bundle it produces (not
 * uploaded) is checked as Central would: every artifact of every published module is there (jar,
 * sources, javadoc, POM, CycloneDX SBOM), each with an OpenPGP signature that verifies against the
 * key and MD5 and SHA-1 checksums that match, and every POM has the metadata Central requires.
 */
class ReleaseBundleTest {

  private static final String VERSION = "0.1.0";
  private static final String PASSPHRASE = "throwaway-passphrase-for-the-test";
  private static final List<String> MODULES =
      List.of("justculture-core", "justculture-decision-guide", "justculture-cost-calculator");

  @TempDir Path dir;

  @Test
  void theReleaseProfileBuildsASignedBundleThatCentralWouldAccept() throws Exception {
    Security.addProvider(new BouncyCastleProvider());
    PGPSecretKeyRing key = throwawayKey();
    Path copy = copyOfTheRepository(dir.resolve("repo"));

    List<String> command =
        List.of(
            "bash",
            "mvnw",
            "-B",
            "-q",
            "-Prelease",
            "-pl",
            ".,bom,core,decision-guide,cost-calculator",
            "-DskipTests",
            "-Dspotless.check.skip=true",
            "-Dmaven.install.skip=true",
            "-DskipUpload=true",
            "deploy");
    ProcessBuilder build =
        new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true);
    build.environment().put("MAVEN_GPG_KEY", armored(key));
    build.environment().put("MAVEN_GPG_PASSPHRASE", PASSPHRASE);
    Process p = build.start();
    p.getOutputStream().close();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(20, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();

    Path bundle;
    try (Stream<Path> found = Files.walk(copy)) {
      bundle =
          found
              .filter(f -> f.getFileName().toString().equals("central-bundle.zip"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no central-bundle.zip\n" + log));
    }
    Map<String, byte[]> entries = unzip(bundle);
    PGPPublicKey publicKey = key.getPublicKey();

    // Every artifact of every published module, and the parent and BOM POMs.
    List<String> expected = new ArrayList<>();
    String group = "io/github/justculture/";
    for (String m : MODULES) {
      String base = group + m + "/" + VERSION + "/" + m + "-" + VERSION;
      expected.addAll(
          List.of(
              base + ".jar",
              base + "-sources.jar",
              base + "-javadoc.jar",
              base + ".pom",
              base + "-cyclonedx.json",
              base + "-cyclonedx.xml"));
    }
    for (String m : List.of("justculture-parent", "justculture-bom")) {
      expected.add(group + m + "/" + VERSION + "/" + m + "-" + VERSION + ".pom");
    }
    assertThat(entries.keySet()).containsAll(expected);
    assertThat(entries.keySet())
        .noneMatch(n -> n.contains("justculture-cli") || n.contains("examples"));

    // Each artifact signed with the key and summed.
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      String name = e.getKey();
      if (name.endsWith("/")
          || name.endsWith(".asc")
          || name.endsWith(".md5")
          || name.endsWith(".sha1")
          || name.endsWith(".sha256")
          || name.endsWith(".sha512")) {
        continue;
      }
      byte[] body = e.getValue();
      assertThat(entries).as(name + ".asc").containsKey(name + ".asc");
      assertThat(verifies(entries.get(name + ".asc"), body, publicKey))
          .as(name + " signature")
          .isTrue();
      assertThat(text(entries.get(name + ".md5"))).as(name + ".md5").isEqualTo(digest("MD5", body));
      assertThat(text(entries.get(name + ".sha1")))
          .as(name + ".sha1")
          .isEqualTo(digest("SHA-1", body));
    }
    // A signature over other bytes does not verify: the check can fail.
    String jar = expected.get(0);
    assertThat(
            verifies(
                entries.get(jar + ".asc"),
                "other bytes".getBytes(StandardCharsets.UTF_8),
                publicKey))
        .isFalse();

    // The metadata Central requires, on every POM (children inherit what they do not state).
    for (String pom : expected.stream().filter(n -> n.endsWith(".pom")).toList()) {
      Document doc =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(entries.get(pom)));
      Element project = doc.getDocumentElement();
      assertThat(child(project, "name")).as(pom + " name").isNotBlank();
      assertThat(child(project, "description")).as(pom + " description").isNotBlank();
      assertThat(child(project, "version")).as(pom + " version").isIn(VERSION, "");
      boolean standsAlone = pom.contains("justculture-parent") || pom.contains("justculture-bom");
      if (standsAlone) {
        assertThat(child(project, "url")).isEqualTo("https://github.com/justculture/justculture");
        assertThat(nested(project, "licenses", "license", "name")).isEqualTo("MIT");
        assertThat(nested(project, "developers", "developer", "name")).isNotBlank();
        assertThat(nested(project, "scm", "url", null))
            .isEqualTo("https://github.com/justculture/justculture");
        assertThat(nested(project, "scm", "connection", null)).startsWith("scm:git:");
      } else {
        assertThat(nested(project, "parent", "artifactId", null)).isEqualTo("justculture-parent");
        // No url of its own, so the parent's applies unchanged (not .../justculture-core).
        assertThat(child(project, "url")).isIn("", "https://github.com/justculture/justculture");
      }
    }
  }

  /** The repository's sources, without build output or Git, at the release version. */
  private static Path copyOfTheRepository(Path to) throws IOException {
    Path root = DocsTest.ROOT;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path from : (Iterable<Path>) walk::iterator) {
        String r = root.relativize(from).toString().replace('\\', '/');
        if (r.startsWith(".git")
            || r.contains("target/")
            || r.endsWith("target")
            || r.contains("node_modules")) {
          continue;
        }
        Path dest = to.resolve(r);
        if (Files.isDirectory(from)) {
          Files.createDirectories(dest);
        } else if (from.getFileName().toString().equals("pom.xml")) {
          Files.writeString(dest, Files.readString(from).replace("0.1.0-SNAPSHOT", VERSION));
        } else {
          Files.copy(from, dest);
          dest.toFile().setExecutable(Files.isExecutable(from));
        }
      }
    }
    return to;
  }

  @SuppressWarnings("JavaUtilDate") // the PGP key API takes a Date
  private static PGPSecretKeyRing throwawayKey() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    PGPKeyPair pair =
        new JcaPGPKeyPair(PGPPublicKey.RSA_GENERAL, rsa.generateKeyPair(), new Date());
    PGPDigestCalculator sha1 =
        new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1);
    return new PGPKeyRingGenerator(
            PGPSignature.POSITIVE_CERTIFICATION,
            pair,
            "Throwaway test key <release-test@example.invalid>",
            sha1,
            null,
            null,
            new JcaPGPContentSignerBuilder(
                pair.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256),
            new JcePBESecretKeyEncryptorBuilder(PGPEncryptedData.AES_256, sha1)
                .setProvider("BC")
                .build(PASSPHRASE.toCharArray()))
        .generateSecretKeyRing();
  }

  private static String armored(PGPSecretKeyRing key) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ArmoredOutputStream armored = new ArmoredOutputStream(out)) {
      key.encode(armored);
    }
    return out.toString(StandardCharsets.US_ASCII);
  }

  private static boolean verifies(byte[] asc, byte[] body, PGPPublicKey key) throws Exception {
    try (InputStream in = PGPUtil.getDecoderStream(new ByteArrayInputStream(asc))) {
      PGPSignature sig = ((PGPSignatureList) new JcaPGPObjectFactory(in).nextObject()).get(0);
      sig.init(new JcaPGPContentVerifierBuilderProvider().setProvider("BC"), key);
      sig.update(body);
      return sig.verify();
    }
  }

  private static Map<String, byte[]> unzip(Path zip) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static String digest(String algorithm, byte[] body) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(body));
  }

  private static String text(byte[] bytes) {
    return bytes == null
        ? ""
        : new String(bytes, StandardCharsets.US_ASCII).strip().split("\\s")[0];
  }

  private static String child(Element parent, String name) {
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    return "";
  }

  private static String nested(Element parent, String a, String b, String c) {
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(a)) {
        if (c == null) {
          return child(e, b);
        }
        for (org.w3c.dom.Node m = e.getFirstChild(); m != null; m = m.getNextSibling()) {
          if (m instanceof Element f && f.getTagName().equals(b)) {
            return child(f, c);
          }
        }
      }
    }
    return "";
  }
}
