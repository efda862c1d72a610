package io.github.justculture.gate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What a proposal to suspend must record. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableSuspensionDetails.class)
@JsonDeserialize(as = ImmutableSuspensionDetails.class)
public abstract class SuspensionDetails {

  SuspensionDetails() {}

  /**
   * Why suspension is proposed.
   *
   * @return the reason
   */
  public abstract SuspensionReason reason();

  /**
   * Whether restricted duties were considered instead.
   *
   * @return true when considered
   */
  public abstract boolean restrictedDutiesConsidered();

  /**
   * Whether redeployment was considered instead.
   *
   * @return true when considered
   */
  public abstract boolean redeploymentConsidered();

  /**
   * The senior people authorising it, by pseudonymous reference.
   *
   * @return the authorisers
   */
  @Value.Redacted
  public abstract List<String> authorisers();

  /**
   * When it would start.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * When it will first be reviewed.
   *
   * @return the review date
   */
  public abstract LocalDate reviewDate();

  /**
   * The named point of contact for the suspended person.
   *
   * @return the reference, or empty
   */
  @Value.Redacted
  public abstract Optional<String> pointOfContact();
}
