package io.github.justculture.gate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** What a proposal to refer to a regulator must record. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRegulatorReferralDetails.class)
@JsonDeserialize(as = ImmutableRegulatorReferralDetails.class)
public abstract class RegulatorReferralDetails {

  RegulatorReferralDetails() {}

  /**
   * The regulator, for example {@code NMC}.
   *
   * @return the regulator
   */
  public abstract String regulator();

  /**
   * Why referral is necessary. Redacted from {@code toString()}.
   *
   * @return the justification, or empty
   */
  @Value.Redacted
  public abstract Optional<String> necessity();

  /**
   * Why referral is proportionate. Redacted from {@code toString()}.
   *
   * @return the justification, or empty
   */
  @Value.Redacted
  public abstract Optional<String> proportionality();
}
