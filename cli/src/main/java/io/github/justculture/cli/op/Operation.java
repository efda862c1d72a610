package io.github.justculture.cli.op;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One operation of the application, declared once: its name ({@code guide evaluate}), help, input,
 * options, the library call, and its output. The command line's subcommands, {@code --batch}, the
 * {@code schema} listing, the HTTP routes and the OpenAPI document are all made from the table of
 * operations ({@link Operations#ALL}); none of them lists operations again.
 *
 * @param <I> what the operation reads
 * @param <P> its options value
 * @param <O> its result
 */
public final class Operation<I, P, O> {

  /** The library call. */
  @FunctionalInterface
  public interface Call<I, P, O> {
    /**
     * Computes the result.
     *
     * @param input the input
     * @param options the options
     * @param context what the application lends
     * @return the result
     * @throws io.github.justculture.core.InvalidInputException for an input the library refuses
     */
    O apply(I input, P options, Context context);
  }

  private final String name;
  private final String summary;
  private final List<String> details;
  private final Input<I> input;
  private final Options<P> options;
  private final Call<I, P, O> call;
  private final Output<O> output;
  private final boolean http;
  private final boolean parallel;
  private final boolean decision;

  private Operation(
      String name,
      String summary,
      List<String> details,
      Input<I> input,
      Options<P> options,
      Call<I, P, O> call,
      Output<O> output,
      boolean http,
      boolean parallel,
      boolean decision) {
    this.name = name;
    this.summary = summary;
    this.details = List.copyOf(details);
    this.input = input;
    this.options = options;
    this.call = call;
    this.output = output;
    this.http = http;
    this.parallel = parallel;
    this.decision = decision;
  }

  /**
   * Starts declaring an operation.
   *
   * @param name its words, for example {@code guide evaluate}
   * @param summary one line of help
   * @return the builder
   */
  public static Builder named(String name, String summary) {
    return new Builder(name, summary);
  }

  /**
   * The name: the command line's words, for example {@code cost estimate}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The words of the name: the command group and the command.
   *
   * @return for example {@code [cost, estimate]}
   */
  public List<String> words() {
    return List.of(name.split(" "));
  }

  /**
   * The HTTP route: {@code /v1/} and the name's words joined by slashes.
   *
   * @return for example {@code /v1/cost/estimate}
   */
  public String route() {
    return "/v1/" + String.join("/", words());
  }

  /**
   * One line of help.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * Further paragraphs of help.
   *
   * @return the paragraphs
   */
  public List<String> details() {
    return details;
  }

  /**
   * How the input is read.
   *
   * @return the input
   */
  public Input<I> input() {
    return input;
  }

  /**
   * The options.
   *
   * @return the options
   */
  public Options<P> options() {
    return options;
  }

  /**
   * How the result is written.
   *
   * @return the output
   */
  public Output<O> output() {
    return output;
  }

  /**
   * Whether the service offers the operation (reports, written to files, are the command line's).
   *
   * @return true for an HTTP route
   */
  public boolean isHttp() {
    return http;
  }

  /**
   * Whether the operation can use several threads (the command line then offers {@code --threads}).
   *
   * @return true when parallel
   */
  public boolean isParallel() {
    return parallel;
  }

  /**
   * Whether the operation decides about a person (an evaluation, a gate check), so that the
   * service's decision log records every answer it gives.
   *
   * @return true for a decision
   */
  public boolean isDecision() {
    return decision;
  }

  /**
   * Whether {@code --batch} (one request a line, one result a line) applies: JSON in, JSON out.
   *
   * @return true when batch applies
   */
  public boolean allowsBatch() {
    return input.kind() == Input.Kind.JSON && output.kind() == Output.Kind.JSON;
  }

  /**
   * Runs the library call.
   *
   * @param in the input
   * @param opts the options
   * @param context what the application lends
   * @return the result
   */
  public O call(I in, P opts, Context context) {
    return call.apply(in, opts, context);
  }

  @Override
  public String toString() {
    return "Operation[" + name + "]";
  }

  /** Declares an operation, step by step. */
  public static final class Builder {
    private final String name;
    private final String summary;
    private List<String> details = List.of();
    private boolean http = true;
    private boolean parallel;
    private boolean decision;

    private Builder(String name, String summary) {
      this.name = name;
      this.summary = summary;
    }

    /**
     * Further paragraphs of help.
     *
     * @param paragraphs the paragraphs
     * @return this builder
     */
    public Builder details(String... paragraphs) {
      this.details = List.of(paragraphs);
      return this;
    }

    /**
     * Keeps the operation off the service.
     *
     * @return this builder
     */
    public Builder commandLineOnly() {
      this.http = false;
      return this;
    }

    /**
     * Marks the operation as a decision about a person, for the service's decision log.
     *
     * @return this builder
     */
    public Builder decision() {
      this.decision = true;
      return this;
    }

    /**
     * Marks the operation as able to use several threads.
     *
     * @return this builder
     */
    public Builder parallel() {
      this.parallel = true;
      return this;
    }

    /**
     * The input.
     *
     * @param input how it is read
     * @param <I> what the operation reads
     * @return the next step
     */
    public <I> WithInput<I> input(Input<I> input) {
      return new WithInput<>(this, input);
    }
  }

  /** The second step: options. */
  public static final class WithInput<I> {
    private final Builder b;
    private final Input<I> input;

    private WithInput(Builder b, Input<I> input) {
      this.b = b;
      this.input = input;
    }

    /**
     * The options.
     *
     * @param options the options
     * @param <P> their value
     * @return the next step
     */
    public <P> WithOptions<I, P> options(Options<P> options) {
      return new WithOptions<>(b, input, options);
    }

    /**
     * No options.
     *
     * @return the next step
     */
    public WithOptions<I, Options.None> noOptions() {
      return new WithOptions<>(b, input, Options.none());
    }
  }

  /** The third step: the call and the output. */
  public static final class WithOptions<I, P> {
    private final Builder b;
    private final Input<I> input;
    private final Options<P> options;

    private WithOptions(Builder b, Input<I> input, Options<P> options) {
      this.b = b;
      this.input = input;
      this.options = options;
    }

    /**
     * The library call and the output; ends the declaration.
     *
     * @param call the call
     * @param output how its result is written
     * @param <O> the result
     * @return the operation
     */
    public <O> Operation<I, P, O> call(Call<I, P, O> call, Output<O> output) {
      return new Operation<>(
          b.name,
          b.summary,
          b.details,
          input,
          options,
          Objects.requireNonNull(call),
          output,
          b.http,
          b.parallel,
          b.decision);
    }
  }

  /**
   * The operation's options value type, for reading.
   *
   * @return the type, or null for none
   */
  @Nullable Class<P> optionsType() {
    return options.type();
  }
}
