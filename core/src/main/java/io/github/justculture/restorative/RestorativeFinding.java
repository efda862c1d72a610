package io.github.justculture.restorative;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something outstanding in a restorative case: a value, so a case can be worked on over weeks.
 *
 * <p>Each finding names the cells of the checklist it holds at NO: its {@link #stages()} for its
 * {@link #partyType()} (or for every party type, when it has none). Every NO of the checklist has
 * at least one finding, so a reader always learns what is missing.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableRestorativeFinding.class)
@JsonDeserialize(as = ImmutableRestorativeFinding.class)
public abstract class RestorativeFinding {

  RestorativeFinding() {}

  /**
   * What the finding is about.
   *
   * @return the code
   */
  public abstract FindingCode code();

  /**
   * Where in the case, for example {@code $.harms[1]}.
   *
   * @return the JSON path
   */
  public abstract String path();

  /**
   * The finding in plain words.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * The party type whose column of the checklist the finding holds at NO.
   *
   * @return the type, or empty when the finding is about the whole case (a goal)
   */
  public abstract Optional<PartyType> partyType();

  /**
   * The stages of the checklist the finding holds at NO.
   *
   * @return the stages, in checklist order
   */
  public abstract List<ChecklistStage> stages();

  static RestorativeFinding of(
      FindingCode code,
      String path,
      String message,
      @org.jspecify.annotations.Nullable PartyType type,
      ChecklistStage... stages) {
    return ImmutableRestorativeFinding.builder()
        .code(code)
        .path(path)
        .message(message)
        .partyType(Optional.ofNullable(type))
        .addStages(stages)
        .build();
  }
}
