package io.github.justculture.equality;

import io.github.justculture.core.InputException;
import io.github.justculture.core.csv.CsvInputException;
import io.github.justculture.core.csv.CsvProblem;
import io.github.justculture.core.csv.CsvReader;
import io.github.justculture.core.csv.CsvRow;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * WRES indicator 3: the relative likelihood of BME staff entering the formal disciplinary process
 * compared with white staff, from person-level records.
 *
 * <p>Input: CSV with columns {@code person,group,entered} and, optionally, {@code period} (a year
 * such as {@code 2025} or {@code 2025/26}; then a person counts once per period, each period is
 * reported, and the result is WRES's two-year rolling figure over the last two periods). Other
 * columns are allowed and not read; every row must have as many cells as the header); {@code group}
 * is {@code BME}, {@code WHITE} or {@code UNKNOWN} ({@code NOT_STATED} is read as unknown); {@code
 * entered} is {@code yes}/{@code no} ({@code true}/{@code false} and {@code 1}/{@code 0} too).
 * People in an unknown group are excluded and counted. A person counts once: several rows for one
 * person are merged (entered if any row says so), and rows that give one person different groups
 * are reported.
 *
 * <p>The three columns hold personal data (a person's reference, their ethnic group and whether
 * they entered a disciplinary process), so problems name the row and column but never echo the
 * cell.
 *
 * <p>The records are streamed: memory grows with the number of distinct people (18 to 36 bytes
 * each, and briefly 54 while the table of people grows), never with the number of rows. A caller
 * that must not run out of memory, whatever the input, passes a {@code memory} check to {@link
 * #compute(InputStream, int, LongPredicate)}: a person who does not fit is then reported, not an
 * {@link OutOfMemoryError} thrown. People are told apart by a 64-bit hash of their reference; two
 * different references with the same hash (odds about 1 in 36 million for a million people) would
 * be counted as one person.
 *
 * <p>Every bad row is reported (the first {@value #MAX_PROBLEMS} kept, with the total) and no
 * result is produced: a metric over part of the records would mislead. Prefer {@link
 * #compute(InputStream)}: from bytes, a cell that is not UTF-8 is reported, where a reader that
 * replaced it would merge two people into one.
 */
public final class Wres3 {

  /** The most problems a {@link CsvInputException} keeps: the same bound as every input error. */
  public static final int MAX_PROBLEMS = InputException.MAX_PROBLEMS;

  /** The most distinct periods a file may have (a period column holds years, not dates). */
  public static final int MAX_PERIODS = 100;

  private static final byte BME = 1;
  private static final byte WHITE = 2;
  private static final byte UNKNOWN = 3;
  private static final byte ENTERED = 4;

  private Wres3() {}

  /**
   * Computes indicator 3 with the default small-numbers threshold.
   *
   * @param records the CSV records; read to the end, not closed
   * @return the result
   * @throws CsvInputException naming each bad row and column
   * @throws io.github.justculture.core.InvalidInputException if the header is missing or lacks a
   *     column
   */
  public static Wres3Result compute(Reader records) {
    return compute(CsvReader.of(records), RelativeLikelihood.DEFAULT_SMALL_NUMBERS, ANY_MEMORY);
  }

  /**
   * Computes indicator 3 from UTF-8 records, decoded strictly, with the default small-numbers
   * threshold.
   *
   * @param records the CSV records in UTF-8; read to the end, not closed
   * @return the result
   * @throws CsvInputException naming each bad row and column
   * @throws io.github.justculture.core.InvalidInputException if the header is missing or lacks a
   *     column
   */
  public static Wres3Result compute(InputStream records) {
    return compute(CsvReader.of(records), RelativeLikelihood.DEFAULT_SMALL_NUMBERS, ANY_MEMORY);
  }

  /**
   * Computes indicator 3.
   *
   * @param records the CSV records; read to the end, not closed
   * @param smallNumbersThreshold event counts below this are flagged
   * @return the result
   * @throws CsvInputException naming each bad row and column
   * @throws IllegalArgumentException if the threshold is negative (before a record is read)
   */
  public static Wres3Result compute(Reader records, int smallNumbersThreshold) {
    RelativeLikelihood.checkThreshold(smallNumbersThreshold); // before a record is read
    return compute(CsvReader.of(records), smallNumbersThreshold, ANY_MEMORY);
  }

  /**
   * Computes indicator 3 from UTF-8 records, decoded strictly.
   *
   * @param records the CSV records in UTF-8; read to the end, not closed
   * @param smallNumbersThreshold event counts below this are flagged
   * @return the result
   * @throws CsvInputException naming each bad row and column
   * @throws IllegalArgumentException if the threshold is negative (before a record is read)
   */
  public static Wres3Result compute(InputStream records, int smallNumbersThreshold) {
    RelativeLikelihood.checkThreshold(smallNumbersThreshold); // before a record is read
    return compute(CsvReader.of(records), smallNumbersThreshold, ANY_MEMORY);
  }

  /**
   * Computes indicator 3 from UTF-8 records, decoded strictly, in the memory a caller allows:
   * before the count of distinct people takes more heap (a new period's table, or a table growing),
   * {@code memory} is asked whether it may, with the bytes it would add. When it answers no, the
   * row of the person who did not fit is reported (column {@code person}, with how many people were
   * counted), later rows are still checked, and no result is produced.
   *
   * <p>The check is called on the calling thread, once for each period's first table and once each
   * time a table doubles (a file of a million people asks 10 times); it may measure the heap, for
   * example.
   *
   * @param records the CSV records in UTF-8; read to the end, not closed
   * @param smallNumbersThreshold event counts below this are flagged
   * @param memory whether the count may take this many more bytes of heap
   * @return the result
   * @throws CsvInputException naming each bad row and column, and the first person who did not fit
   * @throws IllegalArgumentException if the threshold is negative (before a record is read)
   */
  public static Wres3Result compute(
      InputStream records, int smallNumbersThreshold, LongPredicate memory) {
    java.util.Objects.requireNonNull(memory, "memory");
    RelativeLikelihood.checkThreshold(smallNumbersThreshold); // before a record is read
    return compute(CsvReader.of(records), smallNumbersThreshold, memory);
  }

  /**
   * Checks a header as {@link #compute(InputStream)} does before it reads a row, so that a caller
   * can refuse a file at once (with its other problems, say) before it streams the records.
   *
   * @param header the column names, as {@link CsvReader#header()} gives them
   * @throws io.github.justculture.core.InvalidInputException naming every one of {@code person},
   *     {@code group} and {@code entered} the header lacks (and, when it reads as one column
   *     holding semicolons, tabs or bars, that columns must be separated by commas)
   */
  public static void checkHeader(List<String> header) {
    List<io.github.justculture.core.Finding> missing = new ArrayList<>();
    for (String column : List.of("person", "group", "entered")) {
      if (!header.contains(column)) {
        missing.add(
            io.github.justculture.core.Finding.of(
                "$",
                "the header must have the columns person, group and entered; missing",
                column));
      }
    }
    if (!missing.isEmpty()) {
      io.github.justculture.core.internal.CsvHints.separator(header).ifPresent(missing::add);
      throw new io.github.justculture.core.InvalidInputException("WRES records", missing);
    }
  }

  private static Wres3Result compute(
      CsvReader csv, int smallNumbersThreshold, LongPredicate memory) {
    List<CsvProblem> problems = new ArrayList<>();
    // Once a person did not fit, no later person is counted (nor reported): the count may not grow.
    LongPredicate mayGrow = memory;
    long counted = 0;
    long problemCount = 0;
    checkHeader(csv.header());
    boolean periodic = csv.header().contains("period");
    java.util.Map<String, PersonTable> byPeriod = new java.util.TreeMap<>();
    long rows = 0;
    for (Optional<CsvRow> next = csv.next(); next.isPresent(); next = csv.next()) {
      CsvRow row = next.get();
      rows++;
      // The cells hold personal data: problems name the row and column, never the value.
      List<CsvProblem> rowProblems = new ArrayList<>(row.problems());
      String person = row.get("person").orElse("").trim();
      if (person.isEmpty() && !row.isUnreadable("person")) {
        rowProblems.add(row.problemWithoutValue("person", "must not be empty"));
      }
      byte group = group(row.get("group").orElse(""));
      if (group == 0 && !row.isUnreadable("group")) {
        rowProblems.add(
            row.problemWithoutValue("group", "must be BME, WHITE or UNKNOWN (or NOT_STATED)"));
      }
      int entered = entered(row.get("entered").orElse(""));
      if (entered < 0 && !row.isUnreadable("entered")) {
        rowProblems.add(
            row.problemWithoutValue("entered", "must be yes or no (or true/false, 1/0)"));
      }
      String period = periodic ? row.get("period").orElse("").trim() : "";
      if (periodic && !row.isUnreadable("period")) {
        if (period.isEmpty()) {
          rowProblems.add(row.problemWithoutValue("period", "must not be empty"));
        } else if (period.length() > 32) {
          rowProblems.add(row.problemWithoutValue("period", "must be at most 32 characters"));
        } else if (!byPeriod.containsKey(period) && byPeriod.size() >= MAX_PERIODS) {
          rowProblems.add(
              row.problemWithoutValue(
                  "period", "is one period too many: at most " + MAX_PERIODS + " periods"));
        }
      }
      if (rowProblems.isEmpty()) {
        byte flags = (byte) (group | (entered == 1 ? ENTERED : 0));
        PersonTable table = byPeriod.get(period);
        if (table == null && mayGrow.test(PersonTable.INITIAL_BYTES)) {
          table = new PersonTable();
          byPeriod.put(period, table);
        }
        int earlier = table == null ? REFUSED : table.merge(hash(person), flags, mayGrow);
        if (earlier == REFUSED) {
          if (mayGrow != NO_MEMORY) {
            mayGrow = NO_MEMORY;
            rowProblems.add(
                row.problemWithoutValue(
                    "person",
                    "is one distinct person more than the memory allowed can count ("
                        + counted
                        + " counted; later people were not counted): allow more memory, such"
                        + " as a larger Java heap"));
          }
        } else if (earlier == 0) {
          counted++;
        } else if ((earlier & 3) != group) {
          rowProblems.add(
              row.problemWithoutValue(
                  "group",
                  periodic
                      ? "differs from the group an earlier row gives the same person in the same period"
                      : "differs from the group an earlier row gives the same person"));
        }
      }
      problemCount += rowProblems.size();
      for (CsvProblem p : rowProblems) {
        if (problems.size() < MAX_PROBLEMS) {
          problems.add(p);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new CsvInputException(problems, problemCount);
    }
    if (byPeriod.isEmpty()) {
      byPeriod.put("", new PersonTable(0));
    }
    List<io.github.justculture.core.Finding> missing = new ArrayList<>();
    java.util.Map<String, long[]> counts = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<String, PersonTable> e : byPeriod.entrySet()) {
      long[] c = e.getValue().counts(); // bme, bmeEntered, white, whiteEntered, unknown
      counts.put(e.getKey(), c);
      if (c[0] == 0 || c[2] == 0) {
        missing.add(
            io.github.justculture.core.Finding.of(
                "$",
                (periodic ? "period " + e.getKey() + " " : "")
                    + "must include at least one BME and one WHITE person; found BME "
                    + c[0]
                    + ", WHITE "
                    + c[2]));
      }
    }
    if (!missing.isEmpty()) {
      throw new io.github.justculture.core.InvalidInputException("WRES records", missing);
    }
    List<Wres3Period> periods = new ArrayList<>();
    List<Wres3Period> rolling = new ArrayList<>();
    long[] previous = null;
    String previousPeriod = null;
    long persons = 0;
    long unknown = 0;
    for (java.util.Map.Entry<String, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      persons += c[0] + c[2] + c[4];
      unknown += c[4];
      periods.add(period(List.of(e.getKey()), c, smallNumbersThreshold));
      if (previous != null) {
        long[] pooled = new long[5];
        for (int i = 0; i < 5; i++) {
          pooled[i] = previous[i] + c[i];
        }
        rolling.add(period(List.of(previousPeriod, e.getKey()), pooled, smallNumbersThreshold));
      }
      previous = c;
      previousPeriod = e.getKey();
    }
    RelativeLikelihood result =
        rolling.isEmpty()
            ? periods.get(periods.size() - 1).result()
            : rolling.get(rolling.size() - 1).result();
    return ImmutableWres3Result.builder()
        .result(result)
        .rows(rows)
        .persons(persons)
        .excludedUnknown(unknown)
        .periods(periodic ? periods : List.of())
        .rolling(periodic ? rolling : List.of())
        .build();
  }

  private static Wres3Period period(List<String> names, long[] c, int smallNumbersThreshold) {
    return ImmutableWres3Period.builder()
        .periods(names)
        .result(
            RelativeLikelihood.of(
                GroupCount.of(c[1], c[0]), GroupCount.of(c[3], c[2]), smallNumbersThreshold))
        .persons(c[0] + c[2] + c[4])
        .excludedUnknown(c[4])
        .build();
  }

  private static byte group(String value) {
    return switch (value.trim().toUpperCase(Locale.ROOT)) {
      case "BME" -> BME;
      case "WHITE" -> WHITE;
      case "UNKNOWN", "NOT_STATED" -> UNKNOWN;
      default -> 0;
    };
  }

  private static int entered(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "yes", "true", "1" -> 1;
      case "no", "false", "0" -> 0;
      default -> -1;
    };
  }

  /**
   * FNV-1a over the UTF-16 code units, then a SplitMix64 finaliser; never 0 (0 marks an empty
   * slot).
   */
  static long hash(String reference) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      h ^= c & 0xff;
      h *= 0x100000001b3L;
      h ^= c >>> 8;
      h *= 0x100000001b3L;
    }
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    h ^= h >>> 31;
    return h == 0 ? 1 : h;
  }

  /** A memory check that allows anything: the default, where an out-of-memory error may end it. */
  @SuppressWarnings("UnnecessaryLambda") // compared by identity, so it must be one shared instance
  private static final LongPredicate ANY_MEMORY = bytes -> true;

  /** A memory check that allows nothing more. */
  @SuppressWarnings("UnnecessaryLambda") // compared by identity, so it must be one shared instance
  private static final LongPredicate NO_MEMORY = bytes -> false;

  /** What {@link PersonTable#merge} returns for a new person the memory check did not allow. */
  private static final int REFUSED = -1;

  /** Open addressing, linear probing: person hash → group and entered flags. */
  private static final class PersonTable {
    private static final int INITIAL_SLOTS = 1 << 12;

    /** The heap a new table takes: a key (8 bytes) and flags (1 byte) per slot. */
    static final long INITIAL_BYTES = 9L * INITIAL_SLOTS;

    private long[] keys;
    private byte[] flags;
    private int size;

    PersonTable() {
      this(INITIAL_SLOTS);
    }

    /** A table of the given number of slots, a power of two; 0 for one no person is merged into. */
    PersonTable(int slots) {
      keys = new long[slots];
      flags = new byte[slots];
    }

    /**
     * Records a row; returns the person's flags before it (0 when new), or {@link #REFUSED} when
     * the person is new and the table, full, may not grow ({@code memory} answering no).
     */
    int merge(long key, byte rowFlags, LongPredicate memory) {
      int i = slot(key);
      if (keys[i] == key) {
        byte earlier = flags[i];
        flags[i] = (byte) (earlier | (rowFlags & ENTERED));
        return earlier;
      }
      if ((size + 1) * 2 > keys.length) {
        // Arrays end at 2^31 slots: the last table that can double has 2^30 (half a billion
        // people).
        if (keys.length >= 1 << 30 || !memory.test(9L * keys.length * 2)) {
          return REFUSED;
        }
        grow();
        i = slot(key);
      }
      keys[i] = key;
      flags[i] = rowFlags;
      size++;
      return 0;
    }

    /** The slot that holds the key, or the empty one where it would go. */
    private int slot(long key) {
      int mask = keys.length - 1;
      int i = (int) (key ^ (key >>> 32)) & mask;
      while (keys[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      return i;
    }

    private void grow() {
      long[] oldKeys = keys;
      byte[] oldFlags = flags;
      keys = new long[oldKeys.length * 2];
      flags = new byte[keys.length];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != 0) {
          int i = (int) (oldKeys[j] ^ (oldKeys[j] >>> 32)) & mask;
          while (keys[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          flags[i] = oldFlags[j];
        }
      }
    }

    long[] counts() {
      long[] c = new long[5];
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != 0) {
          int group = flags[i] & 3;
          boolean entered = (flags[i] & ENTERED) != 0;
          if (group == BME) {
            c[0]++;
            c[1] += entered ? 1 : 0;
          } else if (group == WHITE) {
            c[2]++;
            c[3] += entered ? 1 : 0;
          } else {
            c[4]++;
          }
        }
      }
      return c;
    }
  }
}
