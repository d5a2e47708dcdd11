package org.rosetta.library;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.rosetta.lexicon.LexiconCache;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.memory.MemoryReader;
import org.rosetta.memory.MemoryUnit;
import org.rosetta.memory.TranslationMemory;
import org.rosetta.setup.RosettaConfig;
import org.rosetta.store.ContentHash;
import org.rosetta.store.NotFound;
import org.rosetta.store.StoredTime;
import org.rosetta.store.UniqueRows;

/**
 * The team's translation memory: the files it uploaded, and every link a reviewer accepted.
 * Checks align with what both teach. Learning takes seconds for a large memory, so it runs in
 * the background as soon as the memory changes (an upload, a deletion, an accepted link), and a
 * check waits only if it comes before that learning is done. What was learned is kept in the
 * data folder by content, so a restart with the same memory loads instead of learning.
 */
@ApplicationScoped
public class MemoryService {
  private static final Logger LOG = Logger.getLogger(MemoryService.class);

  private final LexiconCache cache;
  private final ExecutorService learner =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "memory-learner");
            thread.setDaemon(true);
            return thread;
          });
  /** The learning of the memory as it is now; replaced when the memory changes. Guarded by this. */
  private CompletableFuture<Learned> learning;
  private volatile Lexicons lastLearned = Lexicons.NONE;
  /** Set once the latest learning has read the memory: a change after that needs another. Guarded by this. */
  private AtomicBoolean latestStarted;

  private final AcceptedUnits acceptedUnits;

  public MemoryService(RosettaConfig config, AcceptedUnits accepted) {
    this.cache = new LexiconCache(Path.of(config.data()).resolve("lexicons"));
    this.acceptedUnits = accepted;
  }

  /** What the memory taught, when, and from how much. */
  public record Learned(Lexicons lexicons, int fileUnits, int acceptedLinks, Instant learnedAt) {}

  /**
   * The stored memory with this name and content, parsed and stored now if there is none.
   *
   * @throws org.rosetta.text.InputException naming the file and line when it does not parse
   */
  public Kept keep(String fileName, String content) {
    String hash = ContentHash.sha256(content);
    StoredMemory known = find(fileName, hash);
    if (known != null) {
      return new Kept(known, false);
    }
    TranslationMemory memory = MemoryReader.read(fileName, content);
    StoredMemory row = new StoredMemory();
    row.name = fileName;
    row.content = content;
    row.contentHash = hash;
    row.units = memory.units().size();
    row.createdAt = StoredTime.now();
    Optional<StoredMemory> first = UniqueRows.persistOrFind(row, () -> find(fileName, hash));
    if (first.isPresent()) {
      return new Kept(first.get(), false);
    }
    changed();
    return new Kept(row, true);
  }

  /** A memory as {@link #keep} found or stored it. */
  public record Kept(StoredMemory memory, boolean created) {}

  private static StoredMemory find(String fileName, String hash) {
    return QuarkusTransaction.joiningExisting()
        .call(() -> StoredMemory.<StoredMemory>find("name = ?1 and contentHash = ?2", fileName, hash).firstResult());
  }

  public StoredMemory find(long id) {
    StoredMemory row = StoredMemory.findById(id);
    if (row == null) {
      throw new NotFound("memory " + id);
    }
    return row;
  }

  /** All uploaded memories, newest first; there are few, so no paging. */
  public List<StoredMemory> list() {
    return StoredMemory.list("order by createdAt desc, id desc");
  }

  public void delete(long id) {
    QuarkusTransaction.requiringNew().run(() -> find(id).delete());
    changed();
  }

  /** A reviewer decided or re-linked, or a check was deleted: accepted links are memory, others no longer. */
  public void reviewsChanged() {
    changed();
  }

  /** What the memory teaches now, waiting for the learning of its latest change. */
  public Lexicons lexicons() {
    return current().lexicons();
  }

  /**
   * What the memory taught when it was last learned, without waiting for a change still being
   * learned: a recheck after a re-link must not wait for the learning that a verdict just started.
   */
  public Lexicons lastLearned() {
    return lastLearned;
  }

  /** The memory as checks now use it, learning it first if it changed. */
  public Learned current() {
    CompletableFuture<Learned> running;
    synchronized (this) {
      if (learning == null) {
        changed();
      }
      running = learning;
    }
    try {
      return running.join();
    } catch (RuntimeException e) {
      synchronized (this) {
        if (learning == running) {
          learning = null;
          latestStarted = null;
        }
      }
      throw e;
    }
  }

  /**
   * Learns the memory again in the background. A reviewer's verdicts come in quick succession:
   * while a learning is queued and has not read the memory yet, it will see this change too, so
   * no second one is queued.
   */
  private synchronized void changed() {
    if (latestStarted != null && !latestStarted.get()) {
      return;
    }
    AtomicBoolean started = new AtomicBoolean();
    latestStarted = started;
    learning = CompletableFuture.supplyAsync(() -> {
      started.set(true);
      return learn();
    }, learner);
  }

  private Learned learn() {
    long started = System.nanoTime();
    List<StoredMemory> files = QuarkusTransaction.requiringNew().call(() -> StoredMemory.<StoredMemory>list("order by id"));
    List<MemoryUnit> accepted = QuarkusTransaction.requiringNew().call(acceptedUnits::all);
    List<String> contents = new ArrayList<>();
    files.forEach(f -> contents.add(f.content));
    contents.add(serialized(accepted));
    Lexicons lexicons =
        cache.get(
            contents,
            () -> {
              List<MemoryUnit> units = new ArrayList<>(accepted);
              for (StoredMemory f : files) {
                units.addAll(MemoryReader.read(f.name, f.content).units());
              }
              return units.isEmpty() ? Lexicons.NONE : Lexicons.learn(units);
            });
    int fileUnits = files.stream().mapToInt(f -> f.units).sum();
    LOG.infof(
        "translation memory ready: %d units from %d files, %d accepted links (%d ms)",
        fileUnits, files.size(), accepted.size(), (System.nanoTime() - started) / 1_000_000);
    lastLearned = lexicons;
    return new Learned(lexicons, fileUnits, accepted.size(), Instant.now());
  }

  /** Accepted units as one text, for the cache key. */
  private static String serialized(List<MemoryUnit> units) {
    StringBuilder out = new StringBuilder("accepted\n");
    for (MemoryUnit unit : units) {
      unit.texts().forEach((lang, text) -> out.append(lang.code()).append('\t').append(text).append('\t'));
      out.append('\n');
    }
    return out.toString();
  }
}
