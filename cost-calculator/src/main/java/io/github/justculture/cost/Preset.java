package io.github.justculture.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.justculture.core.SourceCitation;
import io.github.justculture.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A preset: a model with every parameter's value, unit, provenance and source, its sensitivity
 * ranges, and a description that says plainly which values are calibrated and what does not
 * reproduce.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePreset.class)
@JsonDeserialize(as = ImmutablePreset.class)
public abstract class Preset {

  Preset() {}

  /**
   * The preset's id, for example {@code kline-lewis-2019}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * A title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The price year of its money values, for example {@code 2017/18}.
   *
   * @return the price year
   */
  public abstract String priceYear();

  /**
   * The model it parameterises.
   *
   * @return the model
   */
  public abstract CostModel model();

  /**
   * What the preset reproduces, and its honest caveats.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The sources.
   *
   * @return the citations
   */
  public abstract List<SourceCitation> sources();

  /**
   * Every parameter with its value and provenance.
   *
   * @return the parameters
   */
  public abstract List<ParameterValue> parameters();

  /**
   * Low and high values for sensitivity and simulation.
   *
   * @return the ranges
   */
  public abstract List<ParameterRange> ranges();

  /**
   * A parameter by name.
   *
   * @param name the parameter's name
   * @return its value, or empty
   */
  public Optional<ParameterValue> parameter(String name) {
    return parameters().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * The range of a parameter.
   *
   * @param parameter the parameter
   * @return its range, or empty
   */
  public Optional<ParameterRange> range(CostParameter parameter) {
    return ranges().stream().filter(r -> r.parameter() == parameter).findFirst();
  }
}
