package org.rosetta.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.rosetta.Engine;
import org.rosetta.Evidence;
import org.rosetta.align.Link;
import org.rosetta.align.Realignment;
import org.rosetta.bilingual.BilingualFile;
import org.rosetta.bilingual.BilingualFormat;
import org.rosetta.bilingual.BilingualReader;
import org.rosetta.bilingual.UnitLayout;
import org.rosetta.library.GlossaryRemoved;
import org.rosetta.library.GlossaryService;
import org.rosetta.library.MemoryService;
import org.rosetta.library.StoredGlossary;
import org.rosetta.report.DocumentReport;
import org.rosetta.report.FindingsJson;
import org.rosetta.report.ReviewedLink;
import org.rosetta.report.TextReport;
import org.rosetta.report.XliffNotes;
import org.rosetta.report.mqm.ConfirmedError;
import org.rosetta.setup.EngineProvider;
import org.rosetta.setup.Version;
import org.rosetta.store.NotFound;
import org.rosetta.store.StoredTime;
import org.rosetta.terminology.TermMatcher;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.Lang;
import org.rosetta.text.Refusal;
import org.rosetta.text.Segment;
import org.rosetta.text.SourceText;

/** Runs checks for the service, with the team's translation memory, and keeps them: texts, glossary, a row per segment and per link, findings. */
@ApplicationScoped
public class CheckService {
  private final EngineProvider engines;
  private final GlossaryService glossaries;
  private final MemoryService memories;
  private final Dismissals dismissals;
  private final BilingualReader bilingualReader;
  private final CheckHistory history;

  public CheckService(EngineProvider engines, GlossaryService glossaries, MemoryService memories, CheckHistory history, Dismissals dismissals) {
    this.engines = engines;
    this.dismissals = dismissals;
    this.history = history;
    this.bilingualReader = new BilingualReader(engines.decoder());
    this.glossaries = glossaries;
    this.memories = memories;
  }

  /** A stored glossary is being deleted: the checks made with it keep its name and content, and no longer point to it. */
  void letGoOf(@Observes GlossaryRemoved removed) {
    StoredCheck.update("glossary = null where glossary = ?1", removed.glossary());
  }

  /**
   * Checks and stores a document. The engine runs outside the transaction, so a slow check holds
   * no database connection, and a failed one stores nothing. A glossary sent with the check stays
   * with the check; it is offered to the team for the next checks only when {@code
   * sharesGlossary} (a lead or an admin sent it: the team's glossaries are theirs to choose).
   */
  public ReviewedCheck create(NewCheck request, String user, boolean sharesGlossary) {
    StoredCheck check = new StoredCheck();
    check.name = request.name();
    check.createdAt = StoredTime.now();
    Map<Lang, SourceText> texts = new EnumMap<>(Lang.class);
    texts.putAll(request.texts());
    BilingualUpload bilingual = request.bilingual();
    if (bilingual != null) {
      check.bilingualName = bilingual.fileName();
      check.bilingualContent = bilingual.content();
      texts.put(Lang.EN, new SourceText(Lang.EN, check.bilingualName, UnitLayout.of(bilingual.translations().get(0)).source()));
      bilingual.translations().forEach(file -> texts.put(file.target(), new SourceText(file.target(), check.bilingualName, UnitLayout.of(file).target())));
    }
    check.setLanguages(texts.keySet());
    check.engineVersion = Version.current();
    if (request.glossaryId() != null) {
      check.glossary = glossaries.find(request.glossaryId());
      check.glossaryName = check.glossary.name;
      check.glossaryContent = check.glossary.content;
    } else if (request.glossaryContent() != null) {
      check.glossaryName = request.glossaryName();
      check.glossaryContent = request.glossaryContent();
    }
    DocumentReport report =
        bilingual == null
            ? engine().check(new DocumentInput(check.name, texts), new Evidence(termsOf(check), engines.lexicons(memories.lexicons())))
            : engine().checkUnits(bilingual.translations(), Evidence.of(termsOf(check)));
    DocumentReport named = named(check, report);
    ReportRecords.apply(check, named);
    if (sharesGlossary && check.glossary == null && check.glossaryContent != null) {
      check.glossary = glossaries.keep(check.glossaryName, check.glossaryContent).glossary();
    }
    // Each text is stored under the name its report gives it (the file it came from).
    List<SourceText> stored = texts.values().stream().map(t -> new SourceText(t.lang(), named.texts().get(t.lang()).file(), t.content(), t.headings())).toList();
    Map<Lang, List<StoredLink>> links =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  // The glossary row is only referred to, so it needs no merge; a lead may have
                  // deleted it while the engine ran, and the check keeps its name and content.
                  if (check.glossary != null && StoredGlossary.findById(check.glossary.id) == null) {
                    check.glossary = null;
                  }
                  check.persist();
                  history.record(check.id, user, CheckAction.CREATED, null, null, null, CheckHistory.summary(check));
                  return StoredCheck.getEntityManager()
                      .unwrap(Session.class)
                      .doReturningWork(
                          connection -> {
                            StoredText.insert(connection, check.id, stored);
                            SegmentRows.insert(connection, check.id, named.texts().values());
                            return LinkRows.insert(connection, check, named.alignments());
                          });
                });
    return new ReviewedCheck(check, named, links);
  }

  public StoredCheck find(long id) {
    return find(id, LockModeType.NONE);
  }

  /** A check, locked as asked in the caller's transaction. */
  StoredCheck find(long id, LockModeType lock) {
    StoredCheck check = StoredCheck.findById(id, lock);
    if (check == null) {
      throw new NotFound("check " + id);
    }
    return check;
  }

  /** A page of checks, newest first. */
  public List<StoredCheck> page(int page, int size) {
    return StoredCheck.findAll(Sort.descending("createdAt").and("id", Sort.Direction.Descending))
        .page(Page.of(page, size))
        .list();
  }

  public long count() {
    return StoredCheck.count();
  }

  public void delete(long id, String user) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              StoredCheck check = find(id);
              history.record(id, user, CheckAction.DELETED, null, null, CheckHistory.summary(check), null);
              StoredLink.delete("check", check);
              dismissals.forgetCheck(id);
              check.delete();
            });
    memories.reviewsChanged();
  }

  /** The links of a check, by language, in alignment order. */
  public Map<Lang, List<StoredLink>> links(StoredCheck check) {
    Map<Lang, List<StoredLink>> byLang = new EnumMap<>(Lang.class);
    List<StoredLink> rows = StoredLink.list("check = ?1 order by lang, position", check);
    for (StoredLink row : rows) {
      byLang.computeIfAbsent(Lang.of(row.lang), l -> new ArrayList<>()).add(row);
    }
    return byLang;
  }

  /** Review progress of each of the checks, in one query: links in all, and how many were decided. */
  public Map<Long, ReviewProgress> progress(List<StoredCheck> checks) {
    Map<Long, Map<LinkStatus, Long>> counts = new HashMap<>();
    checks.forEach(c -> counts.put(c.id, new EnumMap<>(LinkStatus.class)));
    if (!checks.isEmpty()) {
      StoredLink.getEntityManager()
          .createQuery(
              "select l.check.id, l.status, count(l) from StoredLink l where l.check in ?1 group by l.check.id, l.status",
              Object[].class)
          .setParameter(1, checks)
          .getResultList()
          .forEach(row -> counts.get((Long) row[0]).put((LinkStatus) row[1], (Long) row[2]));
    }
    Map<Long, ReviewProgress> progress = new HashMap<>();
    counts.forEach((id, byStatus) -> progress.put(id, ReviewProgress.of(byStatus)));
    return progress;
  }

  /** Every link of the check with its texts and verdict, for the exports. */
  public List<ReviewedLink> reviewedLinks(StoredCheck check) {
    Map<Lang, List<Segment>> segments = check.segments();
    List<ReviewedLink> out = new ArrayList<>();
    links(check).values().forEach(rows -> rows.forEach(row -> out.add(row.reviewed(segments))));
    return out;
  }

  /** The check as it stands, from its rows: its texts, segments, current links with their verdicts, and findings. */
  public ReviewedCheck read(StoredCheck check) {
    Map<Lang, List<StoredLink>> rows = links(check);
    Map<Lang, List<Link>> alignments = new EnumMap<>(Lang.class);
    rows.forEach((lang, links) -> alignments.put(lang, links.stream().map(StoredLink::link).toList()));
    Map<Lang, TextReport> texts = storedTexts(check, check.input());
    return new ReviewedCheck(check, new DocumentReport(check.name, texts, alignments, FindingsJson.read(check.findings)), rows);
  }

  /**
   * What checking a stored check against other links needs, read in the caller's transaction: its
   * texts as stored, the bilingual file it came from, its glossary's terms and the lexicons. The
   * rules then run on it after the transaction, holding nothing of the database.
   */
  Recheck recheckOf(StoredCheck check) {
    DocumentInput input = check.input();
    Map<Lang, TextReport> stored = storedTexts(check, input);
    if (check.isBilingual()) {
      return new Recheck(input, stored, bilingualFile(check), Evidence.of(termsOf(check)));
    }
    return new Recheck(input, stored, null, new Evidence(termsOf(check), engines.lexicons(memories.lastLearned())));
  }

  /**
   * A stored check's texts, to be checked against given links instead of aligned again, on the
   * segments and detections stored with it (never computed again); a check made from a bilingual
   * file is read from the file again, so its units are compared as when it was made.
   *
   * @param translations the bilingual file's translations, or null for a check of texts
   */
  record Recheck(DocumentInput input, Map<Lang, TextReport> stored, List<BilingualFile> translations, Evidence evidence) {
    /** The report on these links; its findings are as the rules find them, before dismissals ({@link #named}). */
    DocumentReport judge(Engine engine, Map<Lang, List<Link>> alignments) {
      if (translations != null) {
        List<BilingualFile> present = translations.stream().filter(file -> alignments.containsKey(file.target())).toList();
        return engine.recheckUnits(present, stored, alignments, evidence);
      }
      return engine.recheck(input, stored, alignments, evidence);
    }
  }

  /** The check's texts as stored: segments, detections, units, headings. */
  private static Map<Lang, TextReport> storedTexts(StoredCheck check, DocumentInput input) {
    return SegmentRows.texts(StoredCheck.getEntityManager(), check.id, input.texts());
  }

  /**
   * The report with its document named as the check is, whatever file a bilingual check came
   * from, and the false alarms the team dismissed before made information ({@link Dismissals}).
   */
  DocumentReport named(StoredCheck check, DocumentReport report) {
    return new DocumentReport(check.name, report.texts(), report.alignments(), dismissals.applied(report.findings(), check.id));
  }

  /**
   * The XLIFF file a check was made from, as uploaded, with the findings of the check as it now
   * stands added as notes and the errors a reviewer confirmed as ITS quality issues: what goes back
   * to the CAT tool. Empty for a check of texts, TMX or PO.
   */
  public Optional<String> xliffWithNotes(StoredCheck check, List<ConfirmedError> confirmed) {
    if (!check.isBilingual() || BilingualFormat.of(check.bilingualName).orElse(null) != BilingualFormat.XLIFF) {
      return Optional.empty();
    }
    return Optional.of(XliffNotes.annotate(check.bilingualName, check.bilingualContent, engines.decoder(), read(check).report(), confirmed));
  }

  /** The bilingual file a check was made from, as its translations. */
  public List<BilingualFile> bilingualFile(StoredCheck check) {
    return bilingualReader.read(check.bilingualName, check.bilingualName, check.bilingualContent);
  }

  Engine engine() {
    return engines.engine(Engine.AlignerKind.ANCHORED, true);
  }

  /**
   * Links {@code from} to {@code to} of a check's translation aligned again by the aligner, with
   * the check's glossary and the memory as last learned: the stretch a reviewer selects.
   */
  Realignment.Result realignRange(StoredCheck check, Lang lang, List<Link> links, int from, int to) {
    if (check.isBilingual()) {
      throw new Refusal("a bilingual file's links are its units, paired by the CAT tool: re-link, merge or split them instead");
    }
    if (from < 0 || to >= links.size() || to <= from) {
      throw new Refusal("links " + (from + 1) + " to " + (to + 1) + " of " + links.size() + " are not a range to align again: give two links or more, the first before the last");
    }
    Map<Lang, List<Segment>> segments = check.segments();
    Link first = links.get(from);
    Link last = links.get(to);
    List<Link> aligned =
        engine().alignBetween(
            segments.get(Lang.EN).subList(first.sourceFrom(), last.sourceTo()),
            segments.get(lang).subList(first.targetFrom(), last.targetTo()),
            new Evidence(termsOf(check), engines.lexicons(memories.lastLearned())));
    return Realignment.realignRange(links, from, to, aligned);
  }

  /** The check's glossary as a term matcher, {@link TermMatcher#NONE} when it has none. */
  TermMatcher termsOf(StoredCheck check) {
    if (check.glossary != null) {
      return glossaries.matcher(check.glossary);
    }
    return check.glossaryContent == null ? TermMatcher.NONE : glossaries.inlineMatcher(check.glossaryName, check.glossaryContent);
  }
}
