package io.github.justculture.cli.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.justculture.cli.op.IoFaults;
import io.github.justculture.core.json.JustCultureJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An append-only, hash-chained log of decisions: every line is one JSON object (a sequence number,
 * the server's time, the route, the request and the result) ending with {@code "prev"}, the SHA-256
 * of the line before it, so that an edited, removed or reordered line breaks the chain from there
 * on. Files rotate by size ({@code decisions-000001.jsonl}, …) and the chain continues across them.
 *
 * <p>Appends are group-committed by one writer thread: concurrent requests queue their entries, the
 * writer writes a batch and (with {@link Sync#ALWAYS}) forces it to disk once, then releases every
 * request of the batch. A request is answered only after its line is written (and, with {@code
 * ALWAYS}, on disk), so nothing acknowledged is lost: with {@code ALWAYS} not even on power
 * failure; with {@link Sync#INTERVAL}, at most the last interval's decisions on power failure (a
 * process crash loses nothing the operating system already holds).
 *
 * <p>On start, an incomplete last line (a write cut short by a crash; never acknowledged, because
 * it never finished) is removed and the removal itself is logged as the first new entry, with the
 * removed bytes' hash, so the repair is part of the record.
 */
public final class DecisionLog implements AutoCloseable {

  /** When a written batch is forced to disk. */
  public enum Sync {
    /** Before any request of the batch is answered: nothing acknowledged is ever lost. */
    ALWAYS,
    /** Every {@link #INTERVAL_MILLIS} ms: a power failure may lose the last interval's lines. */
    INTERVAL
  }

  /** How often {@link Sync#INTERVAL} forces the log to disk. */
  public static final long INTERVAL_MILLIS = 1000;

  /** The hash before the first line. */
  public static final String GENESIS = "0".repeat(64);

  /** The most entries waiting to be written; a request finding the queue full is refused (503). */
  static final int QUEUE = 10_000;

  /** A SHA-256 as the log writes it: 64 hex digits, lower case. */
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  /** A log file's name: its number, at least six digits, more once there are a million files. */
  private static final Pattern FILE = Pattern.compile("decisions-(\\d{6,18})\\.jsonl");

  private final Path dir;
  private final Sync sync;
  private final long rotateBytes;
  private final Clock clock;
  private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread writer;
  private volatile boolean closed;
  private volatile @Nullable IOException failure;

  // Owned by the writer thread after start.
  @SuppressWarnings("NullAway.Init") // set by start(), before the log is returned
  private FileChannel channel;

  private long fileNumber;

  /** The lock file in the folder, held by an open log. */
  static final String LOCK = "decisions.lock";

  @SuppressWarnings("NullAway.Init") // set by start(), before the log is returned
  private FileChannel lockFile;

  private long fileSize;
  private long seq;

  @SuppressWarnings("NullAway.Init") // set by start(), before the log is returned
  private String prev;

  private long lastForce;

  private final Opener opener;

  @SuppressWarnings("NullAway.Init") // set by start(), before the log is returned
  private Path current;

  private record Pending(
      String route, String request, String result, CompletableFuture<Receipt> done) {}

  /**
   * Where a line is in the log: what a client keeps to find its decision's entry later and show
   * that the entry found is the one it was given (the line's bytes hash to {@code sha256}; the next
   * line carries the same hash as its {@code prev}), and what an operator keeps of the last line of
   * files it archives, to check the rest from there. Written {@code SEQ:SHA256}.
   *
   * @param seq the line's sequence number
   * @param sha256 the SHA-256 of the line (without its line end), in lower-case hex
   */
  public record Receipt(long seq, String sha256) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the number is not positive or the hash is not 64 hex
     *     digits in lower case
     */
    public Receipt {
      IllegalArgumentException invalid =
          invalid(seq < 1 ? "a sequence number is 1 or more, was " + seq : null, sha256);
      if (invalid != null) {
        throw invalid;
      }
    }

    /** The problems of a receipt's number (given) and hash, both at once; null for none. */
    private static @Nullable IllegalArgumentException invalid(
        @Nullable String seqProblem, String sha256) {
      List<String> problems = new ArrayList<>();
      if (seqProblem != null) {
        problems.add(seqProblem);
      }
      if (!HASH.matcher(sha256).matches()) {
        problems.add("a SHA-256 is 64 hex digits in lower case");
      }
      return problems.isEmpty() ? null : new IllegalArgumentException(String.join("; ", problems));
    }

    /**
     * Reads {@code SEQ:SHA256}, as the service's answer headers and {@link #toString} give it.
     *
     * @param text the receipt
     * @return the receipt
     * @throws IllegalArgumentException if it is not of that form
     */
    public static Receipt parse(String text) {
      int colon = text.indexOf(':');
      if (colon < 1 || !text.substring(0, colon).chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException(
            "a receipt is SEQ:SHA256, a sequence number and a line's SHA-256");
      }
      long seq;
      try {
        seq = Long.parseLong(text.substring(0, colon));
      } catch (NumberFormatException e) {
        throw java.util.Objects.requireNonNull(
            invalid("the sequence number is too large", text.substring(colon + 1)));
      }
      return new Receipt(seq, text.substring(colon + 1));
    }

    /**
     * Receipts by sequence number, each once.
     *
     * @param receipts receipts, perhaps some given twice
     * @return each sequence number's hash, in the order of the numbers
     * @throws IllegalArgumentException if two receipts give one sequence number different hashes
     */
    public static SortedMap<Long, String> bySeq(Collection<Receipt> receipts) {
      SortedMap<Long, String> bySeq = new TreeMap<>();
      for (Receipt r : receipts) {
        String other = bySeq.put(r.seq(), r.sha256());
        if (other != null && !other.equals(r.sha256())) {
          throw new IllegalArgumentException(
              "two receipts for sequence number " + r.seq() + " with different hashes");
        }
      }
      return bySeq;
    }

    /** {@code SEQ:SHA256}. */
    @Override
    public String toString() {
      return seq + ":" + sha256;
    }
  }

  /**
   * How a log file is opened for appending: {@code FileChannel::open}, or in a test a channel on a
   * device that is always full.
   */
  @FunctionalInterface
  interface Opener {
    FileChannel open(Path file, Set<? extends OpenOption> options, FileAttribute<?>... attributes)
        throws IOException;
  }

  private DecisionLog(Path dir, Sync sync, long rotateBytes, Clock clock, Opener opener) {
    this.dir = dir;
    this.sync = sync;
    this.rotateBytes = rotateBytes;
    this.clock = clock;
    this.opener = opener;
    this.writer = new Thread(this::writeLoop, "justculture-decision-log");
    this.writer.setDaemon(true);
  }

  /**
   * Opens (or starts) the log in a folder, repairing an incomplete last line.
   *
   * @param dir the folder; created if needed
   * @param sync the fsync policy
   * @param rotateBytes the size at which a new file starts
   * @param clock the server's clock, for each entry's time
   * @return the log, with its writer running
   * @throws IOException if the folder cannot be read or written
   */
  public static DecisionLog open(Path dir, Sync sync, long rotateBytes, Clock clock)
      throws IOException {
    return open(dir, sync, rotateBytes, clock, FileChannel::open);
  }

  static DecisionLog open(Path dir, Sync sync, long rotateBytes, Clock clock, Opener opener)
      throws IOException {
    DecisionLog log = new DecisionLog(dir, sync, rotateBytes, clock, opener);
    log.start();
    return log;
  }

  private void start() throws IOException {
    if (!Files.isDirectory(dir)) {
      Path parent = dir.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try {
        Files.createDirectory(dir, ownerOnly(dir, "rwx------"));
      } catch (FileAlreadyExistsException madeMeanwhile) {
        // Another process made it first (as it is), or it is a file: said so, not as the lock
        // file's "Not a directory".
        if (!Files.isDirectory(dir)) {
          throw new FileSystemException(dir.toString(), null, "not a folder");
        }
      }
    }
    lock();
    try {
      startLocked();
    } catch (IOException | RuntimeException e) {
      lockFile.close();
      throw e;
    }
  }

  /**
   * Takes the folder's lock, held until {@link #close} (or the process's end, however it ends): two
   * services appending to one log would interleave their lines and break the chain.
   */
  private void lock() throws IOException {
    Path path = dir.resolve(LOCK);
    FileChannel ch =
        FileChannel.open(
            path,
            Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            ownerOnly(path, "rw-------"));
    boolean held = false;
    try {
      held = ch.tryLock() != null;
    } catch (OverlappingFileLockException inThisProcess) {
      held = false;
    } finally {
      if (!held) {
        ch.close();
      }
    }
    if (!held) {
      throw new FileSystemException(
          dir.toString(), null, "in use: another running service holds its " + LOCK);
    }
    lockFile = ch;
  }

  private void startLocked() throws IOException {
    List<Path> files = regularFiles(dir);
    prev = GENESIS;
    seq = 0;
    String recovered = null;
    if (files.isEmpty()) {
      fileNumber = 1;
    } else {
      Path last = files.get(files.size() - 1);
      fileNumber = number(last);
      recovered = repairTail(last);
      Optional<Entry> lastLine = lastCompleteLine(files);
      if (lastLine.isPresent()) {
        prev = lastLine.get().sha256();
        seq = Math.max(0, lastLine.get().seq());
      }
    }
    openFile(false);
    if (recovered != null) {
      appendNow("recovered", "null", recovered);
      force();
    }
    writer.start();
  }

  /** Removes an incomplete last line; returns the entry that records the removal, or null. */
  private @Nullable String repairTail(Path file) throws IOException {
    long size = Files.size(file);
    if (size == 0) {
      return null;
    }
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long end = size;
      ByteBuffer one = ByteBuffer.allocate(1);
      ch.read(one, end - 1);
      if (one.get(0) == '\n') {
        return null;
      }
      long keep = afterLastNewline(ch, end - 1);
      // Hashed as a stream: the removed tail may be of any length.
      MessageDigest digest = newDigest();
      ByteBuffer block = ByteBuffer.allocate(1 << 16);
      for (long at = keep; at < end; ) {
        block.clear();
        int n = ch.read(block, at);
        if (n < 0) {
          break;
        }
        digest.update(block.array(), 0, n);
        at += n;
      }
      long removed = end - keep;
      ch.truncate(keep);
      ch.force(true);
      String hash = HexFormat.of().formatHex(digest.digest());
      return "{\"event\":\"recovered\",\"note\":\"an incomplete last line (a write cut short, never"
          + " acknowledged) was removed on start\",\"file\":\""
          + file.getFileName()
          + "\",\"removedBytes\":"
          + removed
          + ",\"removedSha256\":\""
          + hash
          + "\"}";
    }
  }

  /**
   * Opens the current file for appending. A new file after rotation must not exist yet: a file of
   * that name that the log did not write (another program's, or a copy put back) would sit inside
   * the chain, so the log fails rather than append to it.
   */
  private void openFile(boolean rotating) throws IOException {
    current = dir.resolve(String.format(Locale.ROOT, "decisions-%06d.jsonl", fileNumber));
    channel =
        opener.open(
            current,
            Set.of(
                rotating ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND),
            ownerOnly(current, "rw-------"));
    fileSize = channel.size();
  }

  /**
   * The permissions of a file or folder the log makes: its owner's only, where the file system has
   * POSIX permissions (each line holds what a decision was made on, personal data included; a file
   * or folder that exists keeps the permissions the operator gave it). None elsewhere: on Windows
   * the folder's access control list decides.
   */
  private static FileAttribute<?>[] ownerOnly(Path where, String permissions) {
    return where.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }

  /** A write's failure, naming the file (a full disk's own message does not). */
  private IOException failed(IOException e) {
    String reason;
    if (e instanceof FileAlreadyExistsException) {
      reason = "exists already, though the log was about to start it (a file it did not write)";
    } else {
      reason = IoFaults.reason(e);
    }
    return new IOException((current == null ? dir : current.getFileName()) + ": " + reason, e);
  }

  /**
   * Appends a decision and waits until it is written (and forced, with {@link Sync#ALWAYS}).
   *
   * @param route the route that decided
   * @param request the request, as JSON
   * @param result the result
   * @param timeoutMillis how long to wait
   * @return the entry's sequence number and its line's hash
   * @throws IOException if the log cannot take the entry (full queue, a failed disk, closed, or the
   *     wait timed out): the decision must then not be acknowledged
   */
  public Receipt append(String route, JsonNode request, Object result, long timeoutMillis)
      throws IOException {
    return appendAll(route, List.of(request), List.of(result), timeoutMillis).get(0);
  }

  /**
   * Appends several decisions of one route, in order, and waits until all are written (and forced,
   * with {@link Sync#ALWAYS}: usually with one force for all of them). Other requests' entries may
   * come between them.
   *
   * @param route the route that decided
   * @param requests the requests, as JSON
   * @param results their results, in the same order
   * @param timeoutMillis how long to wait for all of them
   * @return each entry's sequence number and its line's hash, in order
   * @throws IOException if the log cannot take every entry (full queue, a failed disk, closed, or
   *     the wait timed out): none of the decisions may then be acknowledged, though some may have
   *     been recorded
   */
  public List<Receipt> appendAll(
      String route, List<JsonNode> requests, List<?> results, long timeoutMillis)
      throws IOException {
    if (requests.size() != results.size()) {
      throw new IllegalArgumentException(
          requests.size() + " requests but " + results.size() + " results");
    }
    if (closed) {
      throw new IOException("the decision log is closed");
    }
    if (failure != null) {
      throw new IOException("the decision log failed: " + failure.getMessage(), failure);
    }
    List<Pending> entries = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      Pending entry =
          new Pending(
              route,
              JustCultureJson.codec().write(requests.get(i)),
              JustCultureJson.codec().write(results.get(i)),
              new CompletableFuture<>());
      if (!queue.offer(entry)) {
        throw new IOException("the decision log is behind: more than " + QUEUE + " entries wait");
      }
      entries.add(entry);
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    List<Receipt> receipts = new ArrayList<>(entries.size());
    try {
      for (Pending entry : entries) {
        receipts.add(
            entry.done().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while the decision was written", e);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable why = e.getCause() == null ? e : e.getCause();
      throw new IOException("the decision could not be written: " + why.getMessage(), e);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IOException("the decision log did not write in time", e);
    }
    return List.copyOf(receipts);
  }

  /** Whether the log is open and has not failed. */
  public boolean isHealthy() {
    return !closed && failure == null;
  }

  /**
   * Why the log failed, naming the file: a failed log stays failed (every later append is refused)
   * until it is opened again, which repairs an incomplete last line.
   *
   * @return the failure, or empty while the log is healthy or merely closed
   */
  public Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  private void writeLoop() {
    List<Pending> batch = new ArrayList<>();
    while (true) {
      try {
        Pending first =
            queue.poll(sync == Sync.INTERVAL ? INTERVAL_MILLIS : 100, TimeUnit.MILLISECONDS);
        if (first == null) {
          if (sync == Sync.INTERVAL
              && channel != null
              && System.currentTimeMillis() - lastForce >= INTERVAL_MILLIS) {
            force();
          }
          if (closed && queue.isEmpty()) {
            return;
          }
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, 999);
        List<Receipt> numbers = new ArrayList<>(batch.size());
        for (Pending p : batch) {
          numbers.add(appendNow(p.route(), p.request(), p.result()));
        }
        if (sync == Sync.ALWAYS || System.currentTimeMillis() - lastForce >= INTERVAL_MILLIS) {
          force();
        }
        for (int i = 0; i < batch.size(); i++) {
          batch.get(i).done().complete(numbers.get(i));
        }
        batch.clear();
      } catch (IOException cause) {
        IOException e = failed(cause);
        failure = e;
        batch.forEach(p -> p.done().completeExceptionally(e));
        batch.clear();
        Pending p;
        while ((p = queue.poll()) != null) {
          p.done().completeExceptionally(e);
        }
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Writes one line now (writer thread, or start-up before it runs). */
  private Receipt appendNow(String route, String request, String result) throws IOException {
    if (fileSize >= rotateBytes && fileSize > 0) {
      force();
      channel.close();
      fileNumber++;
      openFile(true);
    }
    if (seq == Long.MAX_VALUE) {
      // Only an edited log starts this near the end of the numbers; a line numbered below the last
      // would break the chain that verify checks.
      throw new IOException("no sequence number is left after " + Long.MAX_VALUE);
    }
    long number = ++seq;
    String line =
        "{\"seq\":"
            + number
            + ",\"time\":\""
            + Instant.now(clock)
            + "\",\"route\":"
            + JustCultureJson.codec().write(route)
            + ",\"request\":"
            + request
            + ",\"result\":"
            + result
            + ",\"prev\":\""
            + prev
            + "\"}";
    byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    fileSize += bytes.length;
    prev = sha256(line);
    return new Receipt(number, prev);
  }

  private void force() throws IOException {
    channel.force(false);
    lastForce = System.currentTimeMillis();
  }

  /**
   * Stops taking entries, writes those already queued, forces the log to disk and closes it.
   *
   * @throws IOException if the final force fails
   */
  @Override
  public void close() throws IOException {
    closed = true;
    try {
      writer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      if (channel != null && channel.isOpen()) {
        try {
          channel.force(true);
        } catch (IOException e) {
          // A failed log has refused every decision since its failure, which was reported then;
          // its channel may be one the disk no longer takes.
          if (failure == null) {
            throw e;
          }
        } finally {
          channel.close();
        }
      }
    } finally {
      lockFile.close();
    }
  }

  // Verification.

  /**
   * What {@link #verify} found.
   *
   * @param lines the lines checked
   * @param files the files checked
   * @param problem the first break of the chain, naming the file (by its name in the folder) and
   *     line, or a receipt that does not match or names no line here; empty when intact
   * @param file the file the problem is in, empty when it is in none (a receipt that names no line
   *     here) or there is no problem
   * @param last the last line checked, empty when there was none
   */
  public record Verification(
      long lines,
      int files,
      Optional<String> problem,
      Optional<Path> file,
      Optional<Receipt> last) {
    /**
     * Whether the chain is whole.
     *
     * @return true when no problem was found
     */
    public boolean intact() {
      return problem.isEmpty();
    }
  }

  /**
   * Checks the chain of every file in a folder, in order, from the log's first line, and reports
   * the first broken or incomplete line by file and line number. Streams: memory does not grow with
   * the log, nor with the length of a line (each is hashed and parsed as it is read, never held).
   *
   * @param dir the folder
   * @return the verification
   * @throws IOException if a file cannot be read (a {@link FileSystemException} naming it)
   */
  public static Verification verify(Path dir) throws IOException {
    return verify(dir, Optional.empty(), List.of());
  }

  /**
   * Checks the chain as {@link #verify(Path)} does, from a given line when the files before it have
   * been archived, and checks receipts: each must name a line here whose bytes hash to it.
   *
   * @param dir the folder
   * @param after the last line of the archived files, as {@code verify} gave it while they were
   *     here; empty to check from the log's first line
   * @param receipts receipts to check, as the service gave them with its answers
   * @return the verification; its problem names the first break, or the first receipt that does not
   *     match or whose line is not here
   * @throws IOException if a file cannot be read (a {@link FileSystemException} naming it)
   * @throws IllegalArgumentException if two receipts give one sequence number different hashes
   */
  public static Verification verify(Path dir, Optional<Receipt> after, Collection<Receipt> receipts)
      throws IOException {
    List<Path> files = regularFiles(dir);
    String prev = after.map(Receipt::sha256).orElse(GENESIS);
    long first = after.map(r -> r.seq() + 1).orElse(1L);
    long expectedSeq = first;
    Map<Long, String> wanted = Receipt.bySeq(receipts);
    long lines = 0;
    Receipt last = null;
    for (Path file : files) {
      long number = 0;
      try (InputStream in = Files.newInputStream(file)) {
        LineReader reader = new LineReader(in);
        while (true) {
          Entry entry = Entry.read(reader);
          if (entry == null) {
            break;
          }
          number++;
          lines++;
          String where = file.getFileName() + " line " + number;
          Optional<String> problem =
              lines == 1 ? entry.startProblem(after, prev, expectedSeq) : Optional.empty();
          if (problem.isEmpty()) {
            problem = entry.problem(prev, expectedSeq);
          }
          if (problem.isEmpty()) {
            String receipt = wanted.remove(entry.seq());
            if (receipt != null && !receipt.equals(entry.sha256())) {
              problem =
                  Optional.of(
                      "the receipt "
                          + entry.seq()
                          + ":"
                          + receipt
                          + " does not match: this line's SHA-256 is "
                          + entry.sha256());
            }
          }
          if (problem.isPresent()) {
            return new Verification(
                lines,
                files.size(),
                Optional.of(where + ": " + problem.get()),
                Optional.of(file),
                last(last));
          }
          prev = entry.sha256();
          last = new Receipt(entry.seq(), prev);
          expectedSeq++;
        }
      } catch (IOException e) {
        throw named(file, e);
      }
    }
    if (!wanted.isEmpty()) {
      long seq = wanted.keySet().iterator().next();
      String held = last == null ? "no lines" : "lines " + first + " to " + last.seq();
      return new Verification(
          lines,
          files.size(),
          Optional.of(
              "the receipt "
                  + seq
                  + ":"
                  + wanted.get(seq)
                  + " names no line here (the log here holds "
                  + held
                  + ")"),
          Optional.empty(),
          last(last));
    }
    return new Verification(lines, files.size(), Optional.empty(), Optional.empty(), last(last));
  }

  /**
   * Where a whole line of the log is, found by its sequence number, and its receipt.
   *
   * @param file the file that holds it
   * @param line its line number in the file, from 1
   * @param offset where its bytes start in the file
   * @param length how many bytes it has, its line end included
   * @param receipt its sequence number and the SHA-256 of its bytes (without the line end)
   */
  public record Found(Path file, long line, long offset, long length, Receipt receipt) {}

  /**
   * Finds whole lines by their sequence numbers, reading every file as {@link #verify(Path)} does
   * (a stream, in small memory), without checking the chain: a line found is only what the file
   * holds under that number; {@code verify} with a receipt shows it is the one given.
   *
   * @param dir the folder
   * @param seqs the sequence numbers wanted
   * @return every whole line with one of them, in the log's order (a number on no line is absent;
   *     on more than one, in a log that does not verify, each is listed)
   * @throws IOException if a file cannot be read (a {@link FileSystemException} naming it)
   */
  public static List<Found> find(Path dir, Set<Long> seqs) throws IOException {
    List<Found> found = new ArrayList<>();
    for (Path file : regularFiles(dir)) {
      try (InputStream in = Files.newInputStream(file)) {
        LineReader reader = new LineReader(in);
        long number = 0;
        while (true) {
          long start = reader.offset();
          Entry entry = Entry.read(reader);
          if (entry == null) {
            break;
          }
          number++;
          if (entry.complete() && entry.json() && seqs.contains(entry.seq())) {
            found.add(
                new Found(
                    file,
                    number,
                    start,
                    reader.offset() - start,
                    new Receipt(entry.seq(), entry.sha256())));
          }
        }
      } catch (IOException e) {
        throw named(file, e);
      }
    }
    return found;
  }

  /**
   * Copies a line found by {@link #find} to a stream, as its bytes are in the file.
   *
   * @param found the line
   * @param out where it goes; not closed
   * @throws IOException if reading or writing fails
   */
  public static void copy(Found found, java.io.OutputStream out) throws IOException {
    try (FileChannel channel = FileChannel.open(found.file(), StandardOpenOption.READ)) {
      java.nio.channels.WritableByteChannel sink = Channels.newChannel(out);
      long done = 0;
      while (done < found.length()) {
        long n = channel.transferTo(found.offset() + done, found.length() - done, sink);
        if (n <= 0) {
          throw new IOException(found.file() + ": shorter than when it was read");
        }
        done += n;
      }
    }
  }

  /**
   * A read failure named by the file, not the folder (a read of a folder fails on reading, not on
   * opening).
   */
  private static FileSystemException named(Path file, IOException e) {
    if (e instanceof FileSystemException named) {
      return named;
    }
    FileSystemException named = new FileSystemException(file.toString(), null, e.getMessage());
    named.initCause(e);
    return named;
  }

  private static Optional<Receipt> last(@Nullable Receipt last) {
    return Optional.ofNullable(last);
  }

  /**
   * One line of a log, read as a stream: its hash and the top-level fields the chain needs, never
   * the line itself, so a line of any length is read in the same small memory.
   *
   * @param complete whether the line ended with a line end (not the end of the file)
   * @param sha256 the SHA-256 of the line's bytes, without its line end
   * @param json whether the line is one JSON object and nothing else
   * @param seq the top-level {@code seq}, or -1
   * @param prev the top-level {@code prev}, or null
   * @param timeAndRoute whether it has a top-level {@code time} and {@code route}
   */
  private record Entry(
      boolean complete,
      String sha256,
      boolean json,
      long seq,
      @Nullable String prev,
      boolean timeAndRoute) {

    /** Reads fields with no string longer than a hash needs (skipped values are not read whole). */
    private static final JsonFactory FIELDS =
        JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000).build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    /** The next line of {@code lines}, or null at its end. */
    static @Nullable Entry read(LineReader lines) throws IOException {
      LineStream line = lines.next();
      if (line == null) {
        return null;
      }
      boolean json = true;
      long seq = -1;
      String prev = null;
      boolean time = false;
      boolean route = false;
      try (JsonParser parser = FIELDS.createParser(line)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          json = false;
        } else {
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("seq") && value == JsonToken.VALUE_NUMBER_INT) {
              seq =
                  parser.getNumberType() == JsonParser.NumberType.LONG
                          || parser.getNumberType() == JsonParser.NumberType.INT
                      ? parser.getLongValue()
                      : -1;
            } else if (name.equals("prev") && value == JsonToken.VALUE_STRING) {
              prev = parser.getText();
            } else {
              time |= name.equals("time");
              route |= name.equals("route");
              parser.skipChildren();
            }
          }
          json = parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null;
        }
      } catch (JsonProcessingException e) {
        json = false;
      }
      line.drain();
      return new Entry(line.newline, line.sha256(), json, seq, prev, time && route);
    }

    /** Whether this is a whole entry, wherever it stands in a chain. */
    boolean wellFormed() {
      return complete && json && seq >= 0 && prev != null && HASH.matcher(prev).matches();
    }

    /**
     * What is wrong with this whole entry as the first line of the files here: it continues a log
     * whose first files are not here (and no receipt says from where), or it does not continue from
     * the receipt given.
     */
    Optional<String> startProblem(Optional<Receipt> after, String previous, long expectedSeq) {
      if (!wellFormed()) {
        return Optional.empty();
      }
      if (after.isEmpty()) {
        return seq > 1 && !GENESIS.equals(prev)
            ? Optional.of(
                "the log here starts at sequence number "
                    + seq
                    + ", not 1: the files before it are not here (archived?); check from here"
                    + " with the receipt of the line before it (SEQ:SHA256), as verify gave it"
                    + " while those files were here")
            : Optional.empty();
      }
      return seq != expectedSeq || !previous.equals(prev)
          ? Optional.of(
              "the log here does not continue from the receipt "
                  + after.get()
                  + ": its first line is sequence number "
                  + seq
                  + ", after a line whose SHA-256 is "
                  + prev)
          : Optional.empty();
    }

    /** What is wrong with this line as the one after {@code previous}, numbered {@code seq}. */
    Optional<String> problem(String previous, long expectedSeq) {
      if (!complete) {
        return Optional.of("incomplete (no line end): a write cut short, as by a crash");
      }
      if (!json) {
        return Optional.of("not valid JSON (one object on the line)");
      }
      if (!wellFormed()) {
        return Optional.of("not a decision log entry");
      }
      if (!previous.equals(prev)) {
        return Optional.of(
            "its prev hash does not match the line before it: this line, or the one before, was"
                + " edited, removed or moved");
      }
      if (seq != expectedSeq) {
        return Optional.of(
            expectedSeq == Long.MIN_VALUE
                ? "a line after sequence number " + Long.MAX_VALUE + ", the largest there is"
                : "sequence number " + seq + " where " + expectedSeq + " was due");
      }
      if (!timeAndRoute) {
        return Optional.of("an entry without time or route");
      }
      return Optional.empty();
    }
  }

  /**
   * Reads a stream line by line, in blocks: each line is handed out as a stream of its own bytes,
   * up to its line end (consumed, not returned) or the stream's end, hashed as they pass.
   */
  private static final class LineReader {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long base; // the stream's bytes before buffer[0]

    LineReader(InputStream in) {
      this.in = in;
    }

    /** How many bytes of the stream have been handed out. */
    long offset() {
      return base + position;
    }

    /** Whether a byte is buffered, reading the next block if needed. */
    boolean fill() throws IOException {
      if (position < limit) {
        return true;
      }
      base += limit;
      int n = in.read(buffer);
      position = 0;
      limit = Math.max(n, 0);
      return n > 0;
    }

    /** The next line, or null at the end of the stream. */
    @Nullable LineStream next() throws IOException {
      return fill() ? new LineStream(this) : null;
    }
  }

  /** One line of a {@link LineReader}. Closing it does not close the underlying stream. */
  private static final class LineStream extends InputStream {
    private final LineReader reader;
    private final MessageDigest digest = newDigest();
    private boolean ended;
    boolean newline;

    LineStream(LineReader reader) {
      this.reader = reader;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      if (ended) {
        return -1;
      }
      if (length == 0) {
        return 0;
      }
      if (!reader.fill()) {
        ended = true;
        return -1;
      }
      int from = reader.position;
      int to = Math.min(reader.limit, from + length);
      int end = from;
      while (end < to && reader.buffer[end] != '\n') {
        end++;
      }
      int n = end - from;
      System.arraycopy(reader.buffer, from, into, offset, n);
      digest.update(reader.buffer, from, n);
      reader.position = end;
      if (end < reader.limit && reader.buffer[end] == '\n') {
        reader.position++;
        ended = true;
        newline = true;
      }
      return n == 0 ? (ended ? -1 : 0) : n;
    }

    /** Reads to the end of the line. */
    void drain() throws IOException {
      byte[] sink = new byte[1 << 13];
      while (read(sink, 0, sink.length) >= 0) {
        // hashed as it passes
      }
    }

    String sha256() {
      return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() {
      // the underlying stream is the caller's
    }
  }

  /**
   * The log's files in a folder, in order, each checked to be a regular file: anything else with a
   * log file's name (a pipe, a folder, a device) would block a reader or a writer, or fail it
   * later.
   *
   * @throws FileSystemException naming the first that is not a regular file
   */
  private static List<Path> regularFiles(Path dir) throws IOException {
    List<Path> files = files(dir);
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new FileSystemException(file.toString(), null, "not a regular file");
      }
    }
    return files;
  }

  /**
   * The log's files in a folder, in order ({@code decisions-000001.jsonl}, …).
   *
   * @param dir the folder
   * @return the files; none if the folder does not exist
   * @throws IOException if the folder cannot be listed
   */
  public static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      // In the order of their numbers: by name, decisions-1000000 would come before 999999.
      return list.filter(p -> FILE.matcher(p.getFileName().toString()).matches())
          .sorted(Comparator.comparingLong(DecisionLog::number).thenComparing(Path::toString))
          .toList();
    }
  }

  private static long number(Path file) {
    Matcher m = FILE.matcher(file.getFileName().toString());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a decision log file: " + file);
    }
    return Long.parseLong(m.group(1));
  }

  /** The last complete line of the last file that has one, read as a stream. */
  private static Optional<Entry> lastCompleteLine(List<Path> files) throws IOException {
    for (int i = files.size() - 1; i >= 0; i--) {
      Path file = files.get(i);
      long size = Files.size(file);
      if (size == 0) {
        continue;
      }
      Entry last;
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        long start = afterLastNewline(ch, size - 1); // before the final '\n'
        ch.position(start);
        last = Entry.read(new LineReader(Channels.newInputStream(ch)));
      }
      if (last != null && !last.wellFormed()) {
        // A whole line that is not an entry was not written by a service (a crash leaves an
        // incomplete line, repaired above): the log was edited or damaged. Appending would chain
        // new decisions to it and restart their numbers, so the service does not start on it.
        throw new FileSystemException(
            file.toString(),
            null,
            "its last line is not a decision log entry, so the log was edited or damaged; find"
                + " where with 'justculture decision-log verify', and start the service on a new"
                + " folder or on the log as it was");
      }
      if (last != null && last.seq() == Long.MAX_VALUE) {
        throw new FileSystemException(
            file.toString(),
            null,
            "its last line has sequence number "
                + Long.MAX_VALUE
                + ", the largest there is, so no line can follow it; start the service on a new"
                + " folder");
      }
      return Optional.ofNullable(last);
    }
    return Optional.empty();
  }

  /** The position just after the last '\n' before {@code end}, or 0; reads backwards in blocks. */
  private static long afterLastNewline(FileChannel ch, long end) throws IOException {
    ByteBuffer block = ByteBuffer.allocate(1 << 16);
    long to = end;
    while (to > 0) {
      long from = Math.max(0, to - block.capacity());
      block.clear().limit((int) (to - from));
      while (block.hasRemaining() && ch.read(block, from + block.position()) >= 0) {
        // read the whole block
      }
      for (int i = block.position() - 1; i >= 0; i--) {
        if (block.get(i) == '\n') {
          return from + i + 1;
        }
      }
      to = from;
    }
    return 0;
  }

  /**
   * The hash that chains a line to the next: the SHA-256 of its UTF-8 bytes without the line end,
   * in lower-case hex.
   *
   * @param line the line, without its line end
   * @return the hash
   */
  public static String sha256(String line) {
    MessageDigest digest = newDigest();
    digest.update(line.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
