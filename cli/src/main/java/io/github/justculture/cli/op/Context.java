package io.github.justculture.cli.op;

import java.time.LocalDate;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * What the running application lends an operation: the date (the library has no clock), threads for
 * work that can use them, and a place to report progress. The command line and the service each
 * have their own.
 */
public interface Context {

  /**
   * Today's date where the application runs.
   *
   * @return the date
   */
  LocalDate today();

  /**
   * Where parallel work (simulation chunks) runs.
   *
   * @return the executor
   */
  Executor executor();

  /**
   * A sink for progress of long work: told how much of {@code total} is done, from any thread.
   *
   * @param what what is being done, for example {@code simulating}
   * @param total how much there is to do (draws, rows), or 0 when unknown
   * @return the sink; it may do nothing
   */
  LongConsumer progress(String what, long total);

  /**
   * Refuses work whose memory this process cannot give: the request is then invalid for the option
   * that asked for so much (a simulation's draws, say), not an internal failure.
   *
   * @param bytes about how much the work needs
   * @param option the options field that sets the size, by JSON name
   * @param value its value
   * @throws InvalidRequestException naming the option, if the heap cannot hold the work
   */
  void reserveMemory(long bytes, String option, Object value);

  /**
   * Whether this process can give work that grows as it reads (the people {@code equality wres3}
   * counts) this many more bytes now; measured as {@link #reserveMemory} measures, so that a
   * growing count is refused as input too large for the heap, never run into an out-of-memory
   * error.
   *
   * @param bytes how many more bytes the work would take
   * @return whether the heap can give them
   */
  boolean canGrow(long bytes);

  /**
   * Counts a simulation's draws against what one piece of work may ask for: a request, for the
   * service ({@code serve --max-draws}); the command line allows any number. A simulation counts
   * its draws before it makes them; a sweep counts each row's as the row is simulated, so a refused
   * request has made at most one row's draws past the limit.
   *
   * @param draws the draws about to be made
   * @param option the options field that sets them, by JSON name
   * @param value its value
   * @throws InvalidRequestException naming the option, if the work's draws would pass its limit
   */
  void reserveDraws(long draws, String option, Object value);

  /**
   * How the front end names an option: {@code --id} on the command line, {@code id} over HTTP.
   *
   * @param option the options field, by JSON name
   * @return the name the caller knows it by
   */
  String optionName(String option);
}
