package org.rosetta.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rosetta.account.Roles;
import org.rosetta.library.GlossaryService;
import org.rosetta.library.MemoryService;
import org.rosetta.library.StoredGlossary;
import org.rosetta.library.StoredMemory;
import org.rosetta.review.CheckEvent;
import org.rosetta.review.CheckHistory;
import org.rosetta.review.CheckService;
import org.rosetta.review.Dismissals;
import org.rosetta.review.FindingDecisions;
import org.rosetta.review.ReviewProgress;
import org.rosetta.review.ReviewedCheck;
import org.rosetta.review.StoredCheck;
import org.rosetta.review.StoredDismissal;
import org.rosetta.review.StoredFindingDecision;
import org.rosetta.text.Lang;
import org.rosetta.text.Refusal;

/** The web pages: upload and list of checks, and the review of one check. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
public class WebPages {
  @CheckedTemplate
  static class Templates {
    /** @param manages whether the user may delete checks and add or delete memories (a lead or an admin): the page offers only what the user may do */
    static native TemplateInstance index(
        String user,
        boolean manages,
        List<Lang> languages,
        List<CheckRow> checks,
        List<StoredGlossary> glossaries,
        MemoryRow memory,
        List<MemoryFile> memories,
        List<StoredDismissal> dismissals);

    static native TemplateInstance review(String user, ReviewPage page, List<HistoryRow> history);

    /** The review table's rows alone: those a re-link, merge, split or re-align changed. */
    static native TemplateInstance review$rows(ReviewPage page);
  }

  /** A line of the list of checks. */
  public record CheckRow(StoredCheck check, ReviewProgress progress) {
    public String created() {
      return check.createdAt.toString().substring(0, 16).replace('T', ' ');
    }

    public String languages() {
      return String.join(", ", check.languages().stream().map(l -> l.code().toUpperCase(java.util.Locale.ROOT)).toList());
    }
  }

  /** The translation memory as checks now use it. */
  /** A change in the check's history, as the review page lists it. */
  public record HistoryRow(CheckEvent event) {
    public String at() {
      return Shown.time(event.at);
    }

    public String action() {
      return event.action.code();
    }
  }

  public record MemoryRow(MemoryService.Learned learned) {
    public int units() {
      return learned.fileUnits() + learned.acceptedLinks();
    }

    public int fileUnits() {
      return learned.fileUnits();
    }

    public int acceptedLinks() {
      return learned.acceptedLinks();
    }

    public String learnedAt() {
      return learned.learnedAt().toString().substring(0, 16).replace('T', ' ') + " UTC";
    }
  }

  /** An uploaded memory file in the list. */
  public record MemoryFile(StoredMemory memory) {
    public String created() {
      return memory.createdAt.toString().substring(0, 16).replace('T', ' ');
    }
  }

  private final CheckService checks;
  private final GlossaryService glossaries;
  private final MemoryService memories;

  private final SecurityIdentity identity;

  private final CheckHistory history;
  private final FindingDecisions decisions;
  private final Dismissals dismissals;

  public WebPages(
      CheckService checks,
      GlossaryService glossaries,
      MemoryService memories,
      CheckHistory history,
      SecurityIdentity identity,
      FindingDecisions decisions,
      Dismissals dismissals) {
    this.decisions = decisions;
    this.dismissals = dismissals;
    this.identity = identity;
    this.history = history;
    this.checks = checks;
    this.glossaries = glossaries;
    this.memories = memories;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance index() {
    List<StoredCheck> shown = checks.page(0, 100);
    Map<Long, ReviewProgress> progress = checks.progress(shown);
    List<CheckRow> rows = shown.stream().map(c -> new CheckRow(c, progress.get(c.id))).toList();
    boolean manages = identity.hasRole(Roles.LEAD) || identity.hasRole(Roles.ADMIN);
    return Templates.index(
        identity.getPrincipal().getName(),
        manages,
        List.of(Lang.values()),
        rows,
        glossaries.list(),
        new MemoryRow(memories.current()),
        memories.list().stream().map(MemoryFile::new).toList(),
        dismissals.list());
  }

  @GET
  @Path("checks/{id}")
  @Operation(hidden = true)
  public TemplateInstance review(@PathParam("id") long id) {
    StoredCheck check = checks.find(id);
    ReviewedCheck reviewed = checks.read(check);
    Map<String, StoredFindingDecision> made = decisions.of(check);
    ReviewPage page = ReviewPages.build(reviewed, made, decisions.scorecards(check, reviewed.report().findings(), made));
    return Templates.review(identity.getPrincipal().getName(), page, history.of(id).stream().map(HistoryRow::new).toList());
  }

  /**
   * The review table's rows that hold any English sentence of the stretches asked for, as the page
   * shows them now: after a change to the alignment (which answers what changed), the page replaces
   * those rows instead of loading the whole check again.
   *
   * @param stretches English sentence indexes, {@code from-to} (to excluded), e.g. {@code 3-5}
   */
  @GET
  @Path("checks/{id}/rows")
  @Operation(hidden = true)
  public TemplateInstance rows(@PathParam("id") long id, @QueryParam("en") List<String> stretches) {
    if (stretches.size() > MOST_STRETCHES) {
      throw new Refusal("en: at most " + MOST_STRETCHES + " stretches of English sentences, not " + stretches.size());
    }
    List<int[]> asked = stretches.stream().map(WebPages::stretch).toList();
    StoredCheck check = checks.find(id);
    ReviewedCheck reviewed = checks.read(check);
    ReviewPage page = ReviewPages.build(reviewed, decisions.of(check), List.of());
    int sentences = page.rows().isEmpty() ? 0 : page.rows().get(page.rows().size() - 1).englishTo();
    // A place at the end of the English is shown in the last row, as a translated sentence added there is.
    List<ReviewPage.Row> shown =
        page.rows().stream().filter(row -> asked.stream().anyMatch(a -> row.covers(Math.min(a[0], sentences - 1), a[1]))).toList();
    return Templates.review$rows(page.withRows(shown));
  }

  private static int[] stretch(String text) {
    java.util.regex.Matcher m = STRETCH.matcher(text);
    if (!m.matches()) {
      throw new Refusal("en: a stretch of English sentences is from-to, e.g. 3-5, not '" + text + "'");
    }
    int from = Integer.parseInt(m.group(1));
    int to = Integer.parseInt(m.group(2));
    if (to < from) {
      throw new Refusal("en: a stretch ends after it starts, not " + text);
    }
    return new int[] {from, to};
  }

  /** As many stretches as the page asks for before it loads itself again instead. */
  private static final int MOST_STRETCHES = 40;

  private static final java.util.regex.Pattern STRETCH = java.util.regex.Pattern.compile("(\\d{1,9})-(\\d{1,9})");
}
