package org.rosetta.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.rosetta.api.CheckJson;
import org.rosetta.review.CheckService;
import org.rosetta.review.GlossaryService;
import org.rosetta.review.ReviewProgress;
import org.rosetta.review.StoredCheck;
import org.rosetta.review.StoredGlossary;
import org.rosetta.text.Lang;

/** The web pages: upload and list of checks, and the review of one check. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WebPages {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(List<Lang> languages, List<CheckRow> checks, List<StoredGlossary> glossaries);

    static native TemplateInstance review(ReviewPage page);
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

  private final CheckService checks;
  private final GlossaryService glossaries;
  private final CheckJson json;

  public WebPages(CheckService checks, GlossaryService glossaries, CheckJson json) {
    this.checks = checks;
    this.glossaries = glossaries;
    this.json = json;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance index() {
    List<StoredCheck> shown = checks.page(0, 100);
    Map<Long, ReviewProgress> progress = checks.progress(shown);
    List<CheckRow> rows = shown.stream().map(c -> new CheckRow(c, progress.get(c.id))).toList();
    return Templates.index(List.of(Lang.values()), rows, glossaries.list());
  }

  @GET
  @Path("checks/{id}")
  @Operation(hidden = true)
  public TemplateInstance review(@PathParam("id") long id) {
    return Templates.review(ReviewPages.build(json.full(checks.find(id))));
  }
}
