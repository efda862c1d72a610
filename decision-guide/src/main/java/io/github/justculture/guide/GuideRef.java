package io.github.justculture.guide;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Which definition produced a result: its id, version and the SHA-256 of its canonical content, so
 * that a past decision can be re-rendered exactly, and a changed definition is noticed.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGuideRef.class)
@JsonDeserialize(as = ImmutableGuideRef.class)
public abstract class GuideRef {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  GuideRef() {}

  /**
   * The definition's id.
   *
   * @return the id, for example {@code nhs-2018}
   */
  public abstract String id();

  /**
   * The definition's version.
   *
   * @return the version
   */
  public abstract String version();

  /**
   * The SHA-256 of the definition's canonical JSON, in lower-case hex.
   *
   * @return 64 hex digits
   */
  public abstract String sha256();

  /**
   * A reference.
   *
   * @param id the id
   * @param version the version
   * @param sha256 the content hash
   * @return the reference
   */
  public static GuideRef of(String id, String version, String sha256) {
    return ImmutableGuideRef.builder().id(id).version(version).sha256(sha256).build();
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(
        SHA256.matcher(sha256()).matches(),
        "$.sha256",
        "must be 64 lower-case hex digits",
        sha256());
    problems.throwIfAny("guide reference");
  }
}
