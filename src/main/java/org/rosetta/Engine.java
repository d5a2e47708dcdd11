package org.rosetta;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import org.rosetta.align.Aligner;
import org.rosetta.align.AnchorExtractor;
import org.rosetta.align.AnchoredAligner;
import org.rosetta.align.LengthBasedAligner;
import org.rosetta.align.Link;
import org.rosetta.align.Links;
import org.rosetta.batch.BatchLearning;
import org.rosetta.bilingual.BilingualFile;
import org.rosetta.bilingual.BilingualUnit;
import org.rosetta.bilingual.UnitLayout;
import org.rosetta.bilingual.UnitLinks;
import org.rosetta.check.AlignmentRule;
import org.rosetta.check.CheckContext;
import org.rosetta.check.Finding;
import org.rosetta.check.LanguageRule;
import org.rosetta.check.LengthNorm;
import org.rosetta.check.LengthRule;
import org.rosetta.check.MisalignedUnitRule;
import org.rosetta.check.NameRule;
import org.rosetta.check.NumberRule;
import org.rosetta.check.PivotRule;
import org.rosetta.check.PlaceholderRule;
import org.rosetta.check.RepetitionRule;
import org.rosetta.check.Rule;
import org.rosetta.check.TerminologyRule;
import org.rosetta.check.UntranslatedRule;
import org.rosetta.check.UntranslatedWordRule;
import org.rosetta.detect.Detection;
import org.rosetta.detect.LanguageIdentifier;
import org.rosetta.lexicon.Lexicons;
import org.rosetta.report.DocumentReport;
import org.rosetta.report.TextReport;
import org.rosetta.segment.SegmentLimits;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;
import org.rosetta.text.SourceText;

/**
 * The whole pipeline, one step per package: segment every text, detect the language of every
 * segment, align English with each translation, run the QA rules. Shared by the command line,
 * the REST API and the web page; thread-safe.
 */
public final class Engine {
  /** Which aligner to use: Rosetta's own, or the plain Gale &amp; Church baseline. */
  public enum AlignerKind {
    ANCHORED,
    LENGTH
  }

  private static final List<Rule> RULES =
      List.of(
          new AlignmentRule(),
          new PivotRule(),
          new UntranslatedRule(),
          new LanguageRule(),
          new TerminologyRule(),
          new NumberRule(),
          new PlaceholderRule(),
          new UntranslatedWordRule(),
          new NameRule(),
          new RepetitionRule(),
          new LengthRule());

  private final SentenceSegmenter segmenter;
  /** Null in an engine made {@link #withoutDetection}: the texts' declared languages stand. */
  private final LanguageIdentifier identifier;
  private final AlignerKind alignerKind;
  private final ForkJoinPool threads;

  /** An engine that detects the language of every segment. */
  public Engine(SentenceSegmenter segmenter, LanguageIdentifier identifier, AlignerKind alignerKind) {
    this(segmenter, alignerKind, java.util.Objects.requireNonNull(identifier, "identifier: use Engine.withoutDetection"), SHARED_THREADS);
  }

  private Engine(SentenceSegmenter segmenter, AlignerKind alignerKind, LanguageIdentifier identifier, ForkJoinPool threads) {
    this.segmenter = segmenter;
    this.identifier = identifier;
    this.alignerKind = alignerKind;
    this.threads = threads;
  }

  /**
   * An engine that leaves languages undetected: no language models to load, no
   * {@code language.unexpected} findings, and {@code untranslated} only for a sentence identical to
   * its English (the command line's {@code --no-detect}, the tests of alignment, the archive job).
   */
  public static Engine withoutDetection(SentenceSegmenter segmenter, AlignerKind alignerKind) {
    return new Engine(segmenter, alignerKind, null, SHARED_THREADS);
  }

  /**
   * The same engine on a pool of this many threads instead of a thread per core: fewer where the
   * machine has other work to do. Engines of one size share their pool, however many are made (a
   * service makes one per check), so the threads stay as many as asked.
   */
  public Engine withThreads(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("an engine needs at least one thread, not " + count);
    }
    return new Engine(segmenter, alignerKind, identifier, POOLS.computeIfAbsent(count, Engine::pool));
  }

  /** Checks a document: cuts and detects its texts, aligns them, runs the rules. */
  public DocumentReport check(DocumentInput input, Evidence evidence) {
    PreparedDocument doc = prepare(input);
    return finish(doc, align(aligner(evidence), doc.segments()), evidence);
  }

  /**
   * Checks a stored document against alignments a reviewer has corrected, instead of aligning
   * it: the findings follow the links as they now are. The segments are the ones stored with it,
   * not cut again: a later segmenter must not move stored links onto other sentences.
   *
   * @param stored the document's texts by language as they were computed when it was checked:
   *     segments and the languages detected in them, neither computed again
   * @param alignments one list of links per target language present, each covering all segments
   * @param evidence what the check had: the rules that judge words read its lexicons
   */
  public DocumentReport recheck(DocumentInput input, Map<Lang, TextReport> stored, Map<Lang, List<Link>> alignments, Evidence evidence) {
    return finish(prepare(input, stored), new EnumMap<>(alignments), evidence);
  }

  /**
   * Checks the translations one bilingual file holds (a TMX can hold Russian and Hebrew) unit by
   * unit, as one document whose English is the units' sources. Each unit is a link its CAT tool
   * made, so the rules run on those links (an empty target is an omission, a number or term that
   * differs is found in its unit), and a unit whose translation shares its names, numbers and
   * terms with a neighbour's English rather than its own is reported. Segments carry their unit,
   * and every finding names the units it concerns.
   *
   * @param translations what {@code BilingualReader} read from one file, one per target language
   */
  public DocumentReport checkUnits(List<BilingualFile> translations, Evidence evidence) {
    return units(translations, null, null, evidence);
  }

  /**
   * Checks a bilingual file against links a reviewer has corrected instead of its units' pairing,
   * on the segments and detections its check was stored with; segments still carry their units,
   * and units are still compared with their neighbours.
   */
  public DocumentReport recheckUnits(
      List<BilingualFile> translations, Map<Lang, TextReport> stored, Map<Lang, List<Link>> alignments, Evidence evidence) {
    return units(translations, stored, alignments, evidence);
  }

  /**
   * @param stored the texts stored with the check, or null to cut and detect them now
   * @param given the reviewer's links by language, or null for the units' own
   */
  private DocumentReport units(List<BilingualFile> translations, Map<Lang, TextReport> stored, Map<Lang, List<Link>> given, Evidence evidence) {
    if (translations.isEmpty()) {
      throw new IllegalArgumentException("no translation to check");
    }
    BilingualFile first = translations.get(0);
    Map<Lang, UnitLayout> layouts = new EnumMap<>(Lang.class);
    Map<Lang, SourceText> texts = new EnumMap<>(Lang.class);
    texts.put(Lang.EN, new SourceText(Lang.EN, first.origin(), UnitLayout.of(first).source()));
    for (BilingualFile file : translations) {
      UnitLayout layout = UnitLayout.of(file);
      if (!layout.source().equals(texts.get(Lang.EN).content())) {
        throw new IllegalArgumentException("the translations of " + file.origin() + " do not share their English");
      }
      layouts.put(file.target(), layout);
      texts.put(file.target(), new SourceText(file.target(), file.origin(), layout.target()));
    }
    PreparedDocument doc = prepare(new DocumentInput(first.name(), texts), stored);
    List<Segment> english = doc.segments().get(Lang.EN);
    Map<Lang, TextReport> withUnits = new EnumMap<>(Lang.class);
    withUnits.put(Lang.EN, doc.texts().get(Lang.EN).withUnits(unitIds(first, layouts.get(first.target()).sourceUnits(english))));
    Map<Lang, List<Link>> paired = new EnumMap<>(Lang.class);
    List<Finding> findings = new ArrayList<>();
    AnchorExtractor anchors = new AnchorExtractor(evidence.terms());
    for (BilingualFile file : translations) {
      Lang target = file.target();
      List<Segment> translation = doc.segments().get(target);
      UnitLayout layout = layouts.get(target);
      int[] sourceUnits = layout.sourceUnits(english);
      int[] targetUnits = layout.targetUnits(translation);
      withUnits.put(target, doc.texts().get(target).withUnits(unitIds(file, targetUnits)));
      paired.put(target, UnitLinks.of(file.units().size(), sourceUnits, targetUnits));
      List<String> ids = file.units().stream().map(BilingualUnit::id).toList();
      findings.addAll(MisalignedUnitRule.check(target, english, translation, anchors::anchors, sourceUnits, targetUnits, ids));
    }
    PreparedDocument units = new PreparedDocument(doc.name(), doc.segments(), new DetectedTexts(doc.detections(), withUnits));
    DocumentReport checked = finish(units, given == null ? paired : new EnumMap<>(given), evidence);
    findings.addAll(checked.findings());
    findings.sort(IN_TEXT_ORDER);
    Map<SegmentId, String> unitsBySegment = checked.unitsBySegment();
    return new DocumentReport(checked.name(), checked.texts(), checked.alignments(), findings.stream().map(f -> UnitLinks.naming(f, unitsBySegment)).toList());
  }

  private static List<String> unitIds(BilingualFile file, int[] segmentUnits) {
    return Arrays.stream(segmentUnits).mapToObj(u -> file.units().get(u).id()).toList();
  }

  /**
   * Rounds of learning from a batch's own links: the second round learns from links the first
   * round's words made surer and more numerous (on the development chapters, Hebrew omission
   * recall 0.79 after one round, 0.90 after two; a third changed nothing; a book checked alone
   * needs both too: Hebrew omission precision 0.82 → 0.96 for Genesis, 0.48 → 0.90 for Matthew).
   */
  private static final int LEARNING_ROUNDS = 2;

  /**
   * With a translation memory one round is enough: its words already place the links a first
   * round would have taught the second (each development book checked with a memory without it:
   * F1 the same, Hebrew omission precision 0.924 after one round and 0.909 after two), and a
   * round is a quarter of a book's time. The built-in lexicon counts as a memory here: on FLORES
   * batches, where it knows little, a second round found one more dropped Russian sentence of 65
   * (omission recall 0.954 → 0.969, F1 0.997 → 0.996) for a fifth more time.
   */
  private static final int LEARNING_ROUNDS_WITH_MEMORY = 1;

  /** How many times a batch is taught by its own confident links and aligned again, with or without a memory beside them. */
  public static int learningRounds(Lexicons memory) {
    return memory.isEmpty() ? LEARNING_ROUNDS : LEARNING_ROUNDS_WITH_MEMORY;
  }

  /**
   * Checks a batch of documents and learns from it: the documents are aligned once (with the
   * memory's lexicons, if any), the word translations of their confident links are learned
   * ({@link BatchLearning}), and they are aligned again with what was learned, twice (once with
   * a memory), as hunalign's realign does over a corpus. A batch too small to teach anything is
   * aligned once.
   *
   * @param evidence the glossary's terms and the memory's lexicons, if any
   */
  public List<DocumentReport> checkAll(List<DocumentInput> inputs, Evidence evidence) {
    List<PreparedDocument> prepared = inputs.stream().map(this::prepare).toList();
    Lexicons memory = evidence.lexicons();
    Aligner withMemory = aligner(evidence);
    Evidence learned = evidence;
    List<Map<Lang, List<Link>>> alignments = prepared.stream().map(p -> align(withMemory, p.segments())).toList();
    if (withMemory instanceof AnchoredAligner anchored) {
      int rounds = learningRounds(memory);
      for (int round = 0; round < rounds; round++) {
        // The rules run once, on the last alignment; learning reads only links and texts.
        List<DocumentReport> aligned = new ArrayList<>();
        for (int d = 0; d < prepared.size(); d++) {
          aligned.add(new DocumentReport(prepared.get(d).name(), prepared.get(d).texts(), alignments.get(d), List.of()));
        }
        Lexicons taught = BatchLearning.learn(aligned);
        if (taught.isEmpty()) {
          break;
        }
        // The same texts again: the first pass, which no lexicon enters, is not run again.
        learned = evidence.withLexicons(memory.with(taught));
        Aligner withBoth = anchored.withLexicons(learned.lexicons());
        alignments = prepared.stream().map(p -> align(withBoth, p.segments())).toList();
      }
    }
    // Lengths are judged against the whole batch's norm: a statement's dozen sentences give a noisy one.
    List<CheckContext> contexts = new ArrayList<>();
    for (int d = 0; d < prepared.size(); d++) {
      contexts.add(context(prepared.get(d), alignments.get(d), learned));
    }
    Map<Lang, LengthNorm> norms = LengthNorm.ofBatch(contexts);
    List<DocumentReport> reports = new ArrayList<>();
    for (int d = 0; d < prepared.size(); d++) {
      reports.add(judge(prepared.get(d), contexts.get(d).withLengthNorms(norms)));
    }
    return reports;
  }

  /**
   * Aligns a document without running the rules: what building a memory from an archive needs.
   * The report has no findings; its texts have detections when the engine detects.
   */
  public DocumentReport alignOnly(DocumentInput input, Evidence evidence) {
    PreparedDocument doc = prepare(input);
    Map<Lang, List<Link>> alignments = align(aligner(evidence), doc.segments());
    return new DocumentReport(doc.name(), doc.texts(), alignments, List.of());
  }

  /**
   * A document segmented, its segments' languages being detected: what does not change when it
   * is aligned again. The alignment needs only the segments; the rules and the report wait for
   * the detections.
   */
  private record PreparedDocument(String name, Map<Lang, List<Segment>> segments, CompletableFuture<DetectedTexts> detected) {
    PreparedDocument(String name, Map<Lang, List<Segment>> segments, DetectedTexts detected) {
      this(name, segments, CompletableFuture.completedFuture(detected));
    }

    Map<Lang, List<Detection>> detections() {
      return joined(detected).detections();
    }

    Map<Lang, TextReport> texts() {
      return joined(detected).texts();
    }
  }

  /** The languages detected in a document's segments (none when detection is off), and its texts as the report shows them. */
  private record DetectedTexts(Map<Lang, List<Detection>> detections, Map<Lang, TextReport> texts) {}

  /**
   * The pool engines share unless given their own ({@link #withThreads}), one for all their parallel work: detecting a document's languages
   * while it is aligned (which does not need them; a batch's later documents are detected while
   * its first are aligned), detecting segments side by side, and aligning Russian beside Hebrew.
   * A fork-join pool, so that work waiting on its parts (detection's segments) helps run them
   * instead of holding a thread; not the common pool, which on two cores has a single thread.
   */
  private static final ConcurrentMap<Integer, ForkJoinPool> POOLS = new ConcurrentHashMap<>();

  private static final ForkJoinPool SHARED_THREADS = POOLS.computeIfAbsent(Runtime.getRuntime().availableProcessors(), Engine::pool);

  private static ForkJoinPool pool(int threads) {
    return new ForkJoinPool(
        threads,
        pool -> {
          ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
          thread.setName("rosetta-engine-" + threads + "-" + thread.getPoolIndex());
          thread.setDaemon(true);
          return thread;
        },
        null,
        false);
  }

  private PreparedDocument prepare(DocumentInput input) {
    return prepare(input, null);
  }

  /**
   * @param stored the texts as stored with the document (segments and detections), or null to
   *     cut and detect them now
   */
  private PreparedDocument prepare(DocumentInput input, Map<Lang, TextReport> stored) {
    Map<Lang, List<Segment>> segments = new EnumMap<>(Lang.class);
    for (SourceText text : input.texts().values()) {
      TextReport known = stored == null ? null : stored.get(text.lang());
      List<Segment> cut = stored == null ? segmenter.segment(text) : known == null ? List.of() : known.segments();
      if (stored == null) {
        SegmentLimits.check(text, cut);
      }
      segments.put(text.lang(), cut);
    }
    if (identifier == null) {
      return new PreparedDocument(input.name(), segments, detected(input, stored, segments));
    }
    return new PreparedDocument(input.name(), segments, CompletableFuture.supplyAsync(() -> detected(input, stored, segments), threads));
  }

  private DetectedTexts detected(DocumentInput input, Map<Lang, TextReport> stored, Map<Lang, List<Segment>> segments) {
    Map<Lang, List<Detection>> detections = new EnumMap<>(Lang.class);
    Map<Lang, TextReport> texts = new EnumMap<>(Lang.class);
    for (SourceText text : input.texts().values()) {
      TextReport known = stored == null ? null : stored.get(text.lang());
      List<Segment> cut = segments.get(text.lang());
      // Stored detections stand, as the segments do; a text stored without any (detection was
      // off, or it predates them) is detected now.
      List<Detection> detected = known != null && identifier != null && !known.detections().isEmpty() ? known.detections() : detect(cut, text.lang());
      if (identifier != null) {
        detections.put(text.lang(), detected);
      }
      // A stored text keeps what was stored with it: the file it came from, its headings, its units.
      texts.put(text.lang(), known == null ? TextReport.of(text, cut, detected) : new TextReport(known.lang(), known.file(), cut, detected, known.units(), known.headings()));
    }
    return new DetectedTexts(detections, texts);
  }

  /** Runs the rules on a document's alignments. */
  private DocumentReport finish(PreparedDocument doc, Map<Lang, List<Link>> alignments, Evidence evidence) {
    return judge(doc, context(doc, alignments, evidence));
  }

  private static DocumentReport judge(PreparedDocument doc, CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : RULES) {
      findings.addAll(rule.check(context));
    }
    findings.sort(IN_TEXT_ORDER);
    return new DocumentReport(doc.name(), doc.texts(), context.alignments(), findings);
  }

  /** What the rules see of a document, once its alignments are known to cover it. */
  private static CheckContext context(PreparedDocument doc, Map<Lang, List<Link>> alignments, Evidence evidence) {
    Map<Lang, List<Segment>> segments = doc.segments();
    for (Lang target : Lang.targets()) {
      if (!segments.containsKey(target)) {
        alignments.remove(target);
        continue;
      }
      List<Link> links = alignments.get(target);
      if (links == null) {
        throw new IllegalArgumentException("no alignment given for " + target.code());
      }
      Links.requireCover(links, segments.get(Lang.EN).size(), segments.get(target).size());
    }
    return new CheckContext(segments, doc.detections(), alignments, evidence.terms(), evidence.lexicons());
  }

  /**
   * Aligns English with every translation present. The translations align independently, so all
   * but the last go to other threads: on a book that halves the wait.
   */
  private Map<Lang, List<Link>> align(Aligner aligner, Map<Lang, List<Segment>> segments) {
    List<Segment> english = segments.get(Lang.EN);
    List<Lang> targets = Arrays.stream(Lang.targets()).filter(segments::containsKey).toList();
    Map<Lang, CompletableFuture<List<Link>>> running = new EnumMap<>(Lang.class);
    for (Lang target : targets.subList(0, Math.max(0, targets.size() - 1))) {
      running.put(target, CompletableFuture.supplyAsync(() -> aligner.align(english, segments.get(target)), threads));
    }
    Map<Lang, List<Link>> alignments = new EnumMap<>(Lang.class);
    if (!targets.isEmpty()) {
      Lang last = targets.get(targets.size() - 1);
      alignments.put(last, aligner.align(english, segments.get(last)));
    }
    running.forEach((lang, future) -> alignments.put(lang, joined(future)));
    return alignments;
  }

  private static <T> T joined(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private List<Detection> detect(List<Segment> segments, Lang fileLanguage) {
    if (identifier == null) {
      return List.of();
    }
    // Called in a task of the engine's pool, so the stream runs in it: a parallel stream uses the pool of the task that starts it.
    return segments.parallelStream().map(s -> identifier.detect(s.text(), fileLanguage.code())).toList();
  }

  /**
   * Aligns a stretch of English with a stretch of its translation alone: a stretch a reviewer asks
   * to have aligned again. The links count from the first segment of each list.
   */
  public List<Link> alignBetween(List<Segment> english, List<Segment> translation, Evidence evidence) {
    return aligner(evidence).align(english, translation);
  }

  private Aligner aligner(Evidence evidence) {
    return switch (alignerKind) {
      case ANCHORED -> new AnchoredAligner(new AnchorExtractor(evidence.terms()), evidence.lexicons());
      case LENGTH -> new LengthBasedAligner();
    };
  }

  /** English first, then by the position of the first segment the finding names. */
  private static final Comparator<Finding> IN_TEXT_ORDER =
      Comparator.comparingInt((Finding f) -> f.language().ordinal())
          .thenComparingInt(f -> f.segments().isEmpty() ? 0 : f.segments().get(0).number());
}
