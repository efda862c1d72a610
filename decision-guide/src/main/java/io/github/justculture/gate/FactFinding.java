package io.github.justculture.gate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The informal fact-finding done before any formal step. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFactFinding.class)
@JsonDeserialize(as = ImmutableFactFinding.class)
public abstract class FactFinding {

  FactFinding() {}

  /**
   * Where the record is kept.
   *
   * @return the reference
   */
  public abstract String reference();

  /**
   * Whether it includes the person's own account.
   *
   * @return true when it does
   */
  public abstract boolean includesPersonsAccount();

  /**
   * When it was completed.
   *
   * @return the date
   */
  public abstract LocalDate completedOn();

  /**
   * Who investigated (a pseudonymous reference), for the independence item: not the person's line
   * manager, not a decision-maker.
   *
   * @return the investigator, or empty when not recorded
   */
  @Value.Redacted
  public abstract Optional<String> investigator();

  /**
   * The investigator's declared conflicts of interest: an empty list declares none; absent means
   * not declared.
   *
   * @return the declarations, or empty when none were made
   */
  @Value.Redacted
  public abstract Optional<List<DeclaredConflict>> investigatorConflicts();
}
