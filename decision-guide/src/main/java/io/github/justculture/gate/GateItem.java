package io.github.justculture.gate;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One item of the gate, with its status and the reason. */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGateItem.class)
@JsonDeserialize(as = ImmutableGateItem.class)
public abstract class GateItem {

  /** The item ids, in the order the gate reports them. */
  public static final java.util.List<String> IDS =
      java.util.List.of(
          "just-culture-evaluation",
          "plurality",
          "fact-finding",
          "alternatives-considered",
          "conflicts-of-interest",
          "suspension",
          "wellbeing-support",
          "regulator-referral",
          "investigation-independence",
          "restorative-track");

  GateItem() {}

  /**
   * The item's id, for example {@code plurality}.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The status.
   *
   * @return MET, UNMET or NOT_APPLICABLE
   */
  @Value.Parameter
  public abstract GateStatus status();

  /**
   * Why the item is unmet (or a note when met or not applicable).
   *
   * @return the reason, or empty
   */
  @Value.Parameter
  @Value.Redacted
  public abstract Optional<String> reason();

  static GateItem met(String id) {
    return ImmutableGateItem.of(id, GateStatus.MET, Optional.empty());
  }

  static GateItem met(String id, String note) {
    return ImmutableGateItem.of(id, GateStatus.MET, Optional.of(note));
  }

  static GateItem unmet(String id, String reason) {
    return ImmutableGateItem.of(id, GateStatus.UNMET, Optional.of(reason));
  }

  static GateItem advisory(String id, String reason) {
    return ImmutableGateItem.builder()
        .id(id)
        .status(GateStatus.ADVISORY)
        .reason(reason + " (advisory: the letter does not require it)")
        .build();
  }

  static GateItem notApplicable(String id, String reason) {
    return ImmutableGateItem.of(id, GateStatus.NOT_APPLICABLE, Optional.of(reason));
  }

  /**
   * What an item checks, in words for a reader: {@code plurality} → {@code More than one
   * decision-maker, with HR advice}.
   *
   * @param id an item id of {@link #IDS}
   * @return its title; the id itself if unknown
   */
  public static String title(String id) {
    return switch (id) {
      case "just-culture-evaluation" -> "A just culture evaluation supports individual action";
      case "plurality" -> "More than one decision-maker, with HR advice";
      case "fact-finding" -> "Facts found, with the person's own account";
      case "alternatives-considered" -> "Alternatives to formal action considered";
      case "conflicts-of-interest" -> "Conflicts of interest declared";
      case "suspension" -> "Any suspension justified and reviewed";
      case "wellbeing-support" -> "Support for the person's wellbeing";
      case "regulator-referral" -> "Any referral to a regulator justified";
      case "investigation-independence" -> "An independent, objective investigator";
      case "restorative-track" -> "A restorative case for the incident";
      default -> id;
    };
  }
}
