package org.rosetta.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.rosetta.ArchiveAlignment;
import org.rosetta.ArchiveOnOneMachine;
import org.rosetta.Engine;
import org.rosetta.document.ArchiveIndex;
import org.rosetta.document.DocumentReader;
import org.rosetta.document.ZipArchive;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.memory.MemoryWriter;
import org.rosetta.setup.EngineProvider;
import org.rosetta.setup.RosettaConfig;
import org.rosetta.setup.Version;
import org.rosetta.store.ContentHash;
import org.rosetta.store.NotFound;
import org.rosetta.store.StoredTime;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;

/**
 * Archives of past statements uploaded as a ZIP and aligned into the team's memory in the
 * background, as {@code rosetta align} aligns a folder: the ZIP is checked when it is uploaded (its
 * names, what it unpacks to, that it pairs documents), queued with its bytes, and aligned by one
 * worker; its progress is stored as it goes and a heartbeat says it is alive. What it makes
 * becomes an uploaded memory in one step at the end, so a failed job leaves nothing half-learned.
 * A running job silent for a minute (its service stopped) is queued again by the next sweep of
 * any replica, which also works off jobs other replicas were given.
 */
@ApplicationScoped
public class ArchiveJobs {
  private static final Logger LOG = Logger.getLogger(ArchiveJobs.class);
  /** How often a running job stores its progress (and says it is alive). */
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
  /** How often a running job's worker says it is alive, whatever it is doing (learning, storing). */
  private static final Duration HEARTBEAT = Duration.ofSeconds(10);
  /** A running job silent this long was cut short (its service stopped), not slow. */
  private static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
  /** How often the queue is looked at for jobs other replicas left, or a restart cut short. */
  private static final Duration SWEEP = Duration.ofSeconds(30);
  /** Longest archive name kept (the column holds 255). */
  private static final int MAX_NAME = 200;

  private final MemoryService memories;
  private final EngineProvider engines;
  private final RosettaConfig config;
  private final ObjectMapper mapper;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("archive-aligner"));
  /** Heartbeats of the running job and sweeps of the queue. */
  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(daemon("archive-clock"));

  public ArchiveJobs(MemoryService memories, EngineProvider engines, RosettaConfig config, ObjectMapper mapper) {
    this.memories = memories;
    this.engines = engines;
    this.config = config;
    this.mapper = mapper;
  }

  /**
   * What became of one file of an archive.
   *
   * @param outcome {@code aligned}, {@code skipped} (could not be read, or not in its language),
   *     {@code unpaired} (no counterpart), or {@code ignored} (not named as a document)
   * @param reason why, for all but aligned files
   */
  public record ArchiveFile(String file, String outcome, String reason) {}

  /**
   * Checks an uploaded archive and queues it for alignment.
   *
   * @throws InputException naming the archive, and the file at fault (a name outside the folder, a
   *     ZIP bomb, no document with a translation)
   */
  public StoredArchiveJob submit(String name, byte[] zip, String user) {
    if (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
      throw new InputException(name.substring(0, Math.min(name.length(), 60)).replaceAll("\\p{Cntrl}", "?"), "is not a name Rosetta keeps: at most " + MAX_NAME + " characters, no control characters");
    }
    List<ArchiveFile> files;
    int documents;
    Path temp = temporary(zip);
    try (ZipArchive archive = ZipArchive.open(name, temp, limits())) {
      ArchiveIndex.Archive index = ArchiveIndex.of(name, archive.files());
      files = unaligned(archive.files(), index);
      if (index.documents().isEmpty()) {
        throw new InputException(
            name,
            "holds no document with a translation (NAME.en.EXT beside NAME.ru.EXT or NAME.he.EXT)"
                + (files.isEmpty() ? "" : "; " + files.get(0).file() + ": " + files.get(0).reason()));
      }
      documents = index.documents().size();
    } finally {
      delete(temp);
    }
    StoredArchiveJob job = new StoredArchiveJob();
    job.name = name;
    job.contentHash = ContentHash.sha256(zip);
    job.state = ArchiveJobState.QUEUED;
    job.phase = "queued";
    job.documents = documents;
    job.files = json(files);
    job.createdBy = user;
    job.createdAt = StoredTime.now();
    job.updatedAt = job.createdAt;
    StoredArchiveZip kept = new StoredArchiveZip();
    kept.content = Base64.getEncoder().encodeToString(zip);
    QuarkusTransaction.requiringNew().run(() -> {
      job.persist();
      kept.jobId = job.id;
      kept.persist();
    });
    worker.execute(this::runQueued);
    return job;
  }

  /** Files that are not a document's: unpaired (one language only) or not named as documents. */
  private static List<ArchiveFile> unaligned(List<String> all, ArchiveIndex.Archive index) {
    Set<String> inDocuments = new HashSet<>();
    index.documents().forEach(d -> inDocuments.addAll(d.files().values()));
    Set<String> unpaired = new HashSet<>(index.unpaired());
    List<ArchiveFile> out = new ArrayList<>();
    for (String file : all) {
      if (unpaired.contains(file)) {
        out.add(new ArchiveFile(file, "unpaired", "no English file with a translation beside it (NAME.en.EXT with NAME.ru.EXT or NAME.he.EXT)"));
      } else if (!inDocuments.contains(file)) {
        out.add(new ArchiveFile(file, "ignored", "not named as a document (NAME.en.EXT, NAME.ru.EXT or NAME.he.EXT in a format Rosetta reads)"));
      }
    }
    return out;
  }

  public StoredArchiveJob find(long id) {
    StoredArchiveJob job = QuarkusTransaction.joiningExisting().call(() -> StoredArchiveJob.<StoredArchiveJob>findById(id));
    if (job == null) {
      throw new NotFound("archive " + id);
    }
    return job;
  }

  /** The most recent jobs, newest first. */
  public List<StoredArchiveJob> recent() {
    return QuarkusTransaction.joiningExisting().call(() -> StoredArchiveJob.<StoredArchiveJob>find("order by createdAt desc, id desc").page(0, 20).list());
  }

  /** What became of each file, as stored. */
  public List<ArchiveFile> files(StoredArchiveJob job) {
    try {
      return List.of(mapper.readValue(job.files, ArchiveFile[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("archive " + job.id + " has unreadable file outcomes", e);
    }
  }

  /**
   * At start and every {@link #SWEEP} after: jobs a stop cut short are queued again, and the
   * queue is worked off (also the jobs another replica was given).
   */
  void resumeAtStart(@Observes StartupEvent event) {
    clock.scheduleWithFixedDelay(this::sweep, 0, SWEEP.toSeconds(), TimeUnit.SECONDS);
  }

  private void sweep() {
    try {
      resumeAbandoned();
    } catch (RuntimeException e) {
      // The database may be briefly away; the next sweep tries again.
      LOG.warnf("looking for archive jobs to resume failed: %s", e.getMessage());
    }
  }

  @PreDestroy
  void stop() {
    clock.shutdownNow();
    worker.shutdownNow();
  }

  /** Queues again every running job silent for {@link #ABANDONED_AFTER}, and works off the queue. */
  public void resumeAbandoned() {
    Instant silentSince = StoredTime.now().minus(ABANDONED_AFTER);
    int resumed = QuarkusTransaction.requiringNew().call(() -> StoredArchiveJob.update(
        "state = ?1, phase = ?2, done = 0 where state = ?3 and (updatedAt is null or updatedAt < ?4)",
        ArchiveJobState.QUEUED, "resumed after a restart", ArchiveJobState.RUNNING, silentSince));
    if (resumed > 0) {
      LOG.infof("%d archive alignments a stop cut short are queued again", resumed);
    }
    worker.execute(this::runQueued);
  }

  /** Runs queued jobs, oldest first, until none is left; another replica may take some. */
  private void runQueued() {
    while (true) {
      Long next = QuarkusTransaction.requiringNew().call(() -> {
        StoredArchiveJob oldest = StoredArchiveJob.<StoredArchiveJob>find("state = ?1 order by id", ArchiveJobState.QUEUED).firstResult();
        return oldest == null ? null : oldest.id;
      });
      if (next == null) {
        return;
      }
      // Claimed by whoever changes its state first.
      Instant now = StoredTime.now();
      int claimed = QuarkusTransaction.requiringNew().call(() -> StoredArchiveJob.update(
          "state = ?1, startedAt = ?2, updatedAt = ?2 where id = ?3 and state = ?4", ArchiveJobState.RUNNING, now, next, ArchiveJobState.QUEUED));
      if (claimed == 1) {
        run(next);
      }
    }
  }

  private void run(long id) {
    ScheduledFuture<?> heartbeat = clock.scheduleWithFixedDelay(() -> alive(id), HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(), TimeUnit.SECONDS);
    Path temp = null;
    String name = String.valueOf(id);
    try {
      StoredArchiveJob job = QuarkusTransaction.requiringNew().call(() -> StoredArchiveJob.<StoredArchiveJob>findById(id));
      name = job.name;
      temp = temporary(zipOf(id));
      try (ZipArchive archive = ZipArchive.open(job.name, temp, limits())) {
        Aligned aligned = align(job, archive);
        if (aligned.units() == 0) {
          throw new InputException(job.name, "gave no link confident enough to become memory (scored " + config.archive().minScore() + " or more)");
        }
        MemoryService.Kept kept = memories.keep(job.name.replaceFirst("(?i)\\.zip$", "") + ".tmx", aligned.tmx());
        List<ArchiveFile> files = new ArrayList<>(files(job));
        files.addAll(0, aligned.files());
        finish(id, ArchiveJobState.DONE, null, kept.memory().id, aligned.units(), files);
        LOG.infof("archive %d aligned into memory %d: %d units", id, kept.memory().id, aligned.units());
      }
    } catch (InputException e) {
      finish(id, ArchiveJobState.FAILED, e.getMessage(), null, 0, null);
    } catch (Throwable e) {
      // Out of memory included: the job ends failed, not running forever, and the queue goes on.
      String incident = UUID.randomUUID().toString();
      LOG.errorf(e, "archive alignment %d failed (incident %s)", id, incident);
      try {
        finish(id, ArchiveJobState.FAILED, "Rosetta failed while aligning " + name + " (incident " + incident + " in the service's log)", null, 0, null);
      } catch (RuntimeException again) {
        LOG.errorf(again, "archive alignment %d could not be marked failed; the next sweep will take it up", id);
      }
    } finally {
      heartbeat.cancel(false);
      if (temp != null) {
        delete(temp);
      }
    }
  }

  private static byte[] zipOf(long id) {
    StoredArchiveZip zip = QuarkusTransaction.requiringNew().call(() -> StoredArchiveZip.<StoredArchiveZip>findById(id));
    if (zip == null) {
      throw new IllegalStateException("archive " + id + " is running but its ZIP is gone");
    }
    return Base64.getDecoder().decode(zip.content);
  }

  /** The running job's heartbeat: it is not abandoned while this goes on. */
  private static void alive(long id) {
    try {
      QuarkusTransaction.requiringNew().run(() -> StoredArchiveJob.update("updatedAt = ?1 where id = ?2 and state = ?3", StoredTime.now(), id, ArchiveJobState.RUNNING));
    } catch (RuntimeException e) {
      LOG.warnf("archive %d: heartbeat not stored: %s", id, e.getMessage());
    }
  }

  /** The memory made of an archive, as TMX, and what became of each document's files. */
  private record Aligned(String tmx, int units, List<ArchiveFile> files) {}

  private Aligned align(StoredArchiveJob job, ZipArchive archive) {
    ArchiveIndex.Archive index = ArchiveIndex.of(job.name, archive.files());
    Engine engine = engines.engine(Engine.AlignerKind.ANCHORED, false);
    Lexicons given = engines.lexicons(memories.lexicons());
    int rounds = Engine.learningRounds(given);
    DocumentReader reader = new DocumentReader(engines.decoder());
    Progress progress = new Progress(job.id, index.documents().size() * (rounds + 1));
    ArchiveOnOneMachine<ArchiveIndex.Document> one =
        new ArchiveOnOneMachine<>(engine, index.documents(), document -> read(job.name, archive, reader, document), progress);
    Lexicons learned = ArchiveAlignment.lexicons(given, one.learn(given, rounds));
    ByteArrayOutputStream tmx = new ByteArrayOutputStream();
    List<ArchiveFile> files = new ArrayList<>();
    int[] units = {0};
    try (MemoryWriter writer = MemoryWriter.forFile("memory.tmx", tmx, Version.current()).orElseThrow()) {
      one.harvest(learned, config.archive().minScore(), (document, harvest) -> {
        for (MemoryWriter.Unit unit : harvest.units()) {
          try {
            writer.write(unit);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        units[0] += harvest.units().size();
        document.files().values().forEach(file -> files.add(new ArchiveFile(file, "aligned", null)));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<ArchiveIndex.Document, String> skipped = one.skipped();
    skipped.forEach((document, why) -> document.files().values().forEach(file -> files.add(new ArchiveFile(file, "skipped", why))));
    return new Aligned(tmx.toString(StandardCharsets.UTF_8), units[0], files);
  }

  /** A document's texts from the ZIP; a file not written in its language's letters is refused. */
  private static DocumentInput read(String archiveName, ZipArchive archive, DocumentReader reader, ArchiveIndex.Document document) {
    Map<Lang, SourceText> texts = new EnumMap<>(Lang.class);
    document.files().forEach((lang, file) -> {
      String origin = archiveName + ": " + file;
      SourceText text = reader.readBytes(lang, origin, file.substring(file.lastIndexOf('/') + 1), archive.bytes(file), warning -> {});
      double share = letterShare(text.content(), lang.script());
      if (share < 0.5) {
        throw new InputException(origin, String.format(
            Locale.ROOT, "is not in %s: only %d%% of its letters are %s", lang.displayName(), Math.round(100 * share), scriptName(lang.script())));
      }
      texts.put(lang, text);
    });
    return new DocumentInput(document.name(), texts);
  }

  private static String scriptName(Character.UnicodeScript script) {
    String name = script.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The share of a text's letters written in a script (1 for a text without letters). */
  static double letterShare(String text, Character.UnicodeScript script) {
    long letters = text.codePoints().filter(Character::isLetter).count();
    long in = text.codePoints().filter(cp -> Character.isLetter(cp) && Character.UnicodeScript.of(cp) == script).count();
    return letters == 0 ? 1 : (double) in / letters;
  }

  /** Stores a running job's progress at most every {@link #PROGRESS_EVERY}. */
  private static final class Progress implements ArchiveOnOneMachine.Progress<ArchiveIndex.Document> {
    private final long id;
    private final int steps;
    private int done;
    private String phase = "";
    private long storedAt;

    Progress(long id, int steps) {
      this.id = id;
      this.steps = steps;
    }

    @Override
    public void pass(String what) {
      phase = what;
      store();
    }

    @Override
    public void done(ArchiveIndex.Document document, String what) {
      done++;
      if (System.nanoTime() - storedAt > PROGRESS_EVERY.toNanos() || done == steps) {
        store();
      }
    }

    @Override
    public void skipped(ArchiveIndex.Document document, String why) {}

    private void store() {
      storedAt = System.nanoTime();
      int at = done;
      String now = phase;
      QuarkusTransaction.requiringNew().run(() -> StoredArchiveJob.update(
          "phase = ?1, steps = ?2, done = ?3, updatedAt = ?4 where id = ?5", now, steps, at, StoredTime.now(), id));
    }
  }

  /** Ends a job this worker runs; one another worker took over meanwhile is left to it. */
  private void finish(long id, ArchiveJobState state, String error, Long memoryId, int units, List<ArchiveFile> files) {
    QuarkusTransaction.requiringNew().run(() -> {
      StoredArchiveJob job = StoredArchiveJob.findById(id);
      if (job == null || job.state != ArchiveJobState.RUNNING) {
        return;
      }
      StoredArchiveZip.deleteById(id);
      job.state = state;
      job.phase = state.code();
      job.error = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
      job.memoryId = memoryId;
      job.units = units;
      if (files != null) {
        job.files = json(files);
      }
      job.done = state == ArchiveJobState.DONE ? job.steps : job.done;
      job.finishedAt = StoredTime.now();
      job.updatedAt = job.finishedAt;
    });
  }

  private ZipArchive.Limits limits() {
    return new ZipArchive.Limits(config.archive().maxFiles(), config.maxInputBytes(), config.archive().maxUnpackedBytes());
  }

  private String json(List<ArchiveFile> files) {
    try {
      return mapper.writeValueAsString(files);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path temporary(byte[] zip) {
    Path temp = null;
    try {
      temp = Files.createTempFile("rosetta-archive-", ".zip");
      Files.write(temp, zip);
      return temp;
    } catch (IOException e) {
      if (temp != null) {
        delete(temp);
      }
      throw new UncheckedIOException("cannot write the archive to a temporary file", e);
    }
  }

  private static ThreadFactory daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  private static void delete(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      LOG.warnf("cannot delete %s: %s", temp, e.getMessage());
    }
  }
}
