package io.github.justculture.equality;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.internal.FindingCollector;
import io.github.justculture.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A group's event count and headcount, for example 12 of 800 staff entering a disciplinary process.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableGroupCount.class)
@JsonDeserialize(as = ImmutableGroupCount.class)
public abstract class GroupCount {

  GroupCount() {}

  /**
   * People in the group who had the event.
   *
   * @return 0 to {@link #headcount()}
   */
  @Value.Parameter
  public abstract long events();

  /**
   * People in the group.
   *
   * @return a positive count
   */
  @Value.Parameter
  public abstract long headcount();

  /**
   * A group count.
   *
   * @param events people who had the event
   * @param headcount people in the group
   * @return the count
   * @throws io.github.justculture.core.InvalidInputException naming {@code $.events} or {@code
   *     $.headcount}
   */
  public static GroupCount of(long events, long headcount) {
    return ImmutableGroupCount.of(events, headcount);
  }

  /**
   * The rate, unrounded.
   *
   * @return events / headcount
   */
  public double rate() {
    return (double) events() / headcount();
  }

  @Value.Check
  void check() {
    FindingCollector problems = FindingCollector.create();
    problems.require(
        headcount() > 0, "$.headcount", "must be a positive whole number", headcount());
    if (problems.require(events() >= 0, "$.events", "must not be negative", events())
        && headcount() > 0) {
      problems.require(
          events() <= headcount(),
          "$.events",
          "must not exceed headcount (" + headcount() + ")",
          events());
    }
    problems.throwIfAny("group count");
  }
}
