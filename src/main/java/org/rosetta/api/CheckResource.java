package org.rosetta.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.rosetta.account.Roles;
import org.rosetta.report.TmxExport;
import org.rosetta.review.CheckHistory;
import org.rosetta.review.CheckService;
import org.rosetta.review.FindingDecisions;
import org.rosetta.review.NewCheck;
import org.rosetta.review.ReviewProgress;
import org.rosetta.review.ReviewedCheck;
import org.rosetta.review.StoredCheck;

/** Checks: submit a document, list, fetch and delete stored checks. */
@Path("/api/checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "checks")
@RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
public class CheckResource {
  private final CheckService checks;
  private final CheckInputs inputs;
  private final CheckJson json;
  private final CheckHistory history;
  private final SecurityIdentity identity;
  private final FindingDecisions decisions;

  public CheckResource(CheckService checks, CheckInputs inputs, CheckJson json, CheckHistory history, SecurityIdentity identity, FindingDecisions decisions) {
    this.decisions = decisions;
    this.checks = checks;
    this.inputs = inputs;
    this.json = json;
    this.history = history;
    this.identity = identity;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Check a document given as JSON texts", description = "Answers 201 with the report in the JSON contract of the command line, plus the check's id.")
  @APIResponse(responseCode = "201", description = ApiDocs.CHECK, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
  public Response create(@Valid @NotNull CheckRequest body, UriInfo uri) {
    return created(inputs.fromJson(body), uri);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Check a document given as uploaded files", description = "Form fields en, ru, he and glossary (files or text), name, glossaryId.")
  @APIResponse(responseCode = "201", description = ApiDocs.CHECK, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
  public Response upload(MultipartFormDataInput form, UriInfo uri) {
    return created(inputs.fromForm(form), uri);
  }

  @GET
  @Operation(summary = "Stored checks, newest first")
  public CheckPage list(
      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    long total = checks.count();
    List<StoredCheck> shown = checks.page(page, size);
    Map<Long, ReviewProgress> progress = checks.progress(shown);
    return new CheckPage(page, size, total, shown.stream().map(c -> CheckSummary.of(c, progress.get(c.id))).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One check: report, links with their review state")
  @APIResponse(responseCode = "200", description = ApiDocs.CHECK, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
  public String get(@PathParam("id") long id) {
    return json.full(checks.read(checks.find(id)));
  }

  @RolesAllowed({Roles.LEAD, Roles.ADMIN})
  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a check and its review")
  public Response delete(@PathParam("id") long id) {
    checks.delete(id, identity.getPrincipal().getName());
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/history")
  @Operation(
      summary = "Every change to a check, oldest first",
      description = "created, verdict, relink, merge, split, deleted: who, when, and the state before and after. A deleted check keeps its history.")
  public CheckEvents history(@PathParam("id") long id) {
    return CheckEvents.of(id, history.of(id));
  }

  @GET
  @Path("{id}/export")
  @Produces({"application/x-tmx+xml", "application/xliff+xml", "text/csv", "text/tab-separated-values", Exports.XLSX, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "The reviewed alignment as TMX 1.4b, XLIFF 2.1 (one target language), CSV, the side-by-side xlsx workbook, or JSON; or the confirmed errors as an MQM table (mqm)",
      description = "The TMX holds the links a reviewer accepted; with unreviewed=true (or a minScore) also the unreviewed links scored at least minScore (0.9 unless given). The XLIFF holds the links not rejected and, as units to translate, the English sentences the translation leaves out. The CSV has every link with the findings on its sentences, after a byte-order mark. The MQM table (tab-separated) has a row per confirmed error: document, language, segments, source and target with the error's words marked <v>…</v>, category, severity, rule, message, reviewer, when, note.")
  public Response export(
      @PathParam("id") long id,
      @QueryParam("format") @DefaultValue("tmx") @Pattern(regexp = "tmx|xliff|csv|xlsx|json|mqm", message = "must be tmx, xliff, csv, xlsx, json or mqm") String format,
      @QueryParam("lang") @Pattern(regexp = "ru|he", message = "must be ru or he") String lang,
      @QueryParam("unreviewed") @DefaultValue("false") boolean unreviewed,
      @QueryParam("minScore") @DecimalMin(value = "0", message = "must be between 0 and 1") @DecimalMax(value = "1", message = "must be between 0 and 1") Double minScore) {
    StoredCheck check = checks.find(id);
    if (format.equals("mqm")) {
      return Exports.mqm(check, decisions);
    }
    // A score asked for is a request for the unreviewed links from it.
    double unreviewedFrom = unreviewed || minScore != null ? (minScore == null ? TmxExport.CONFIDENT : minScore) : Double.POSITIVE_INFINITY;
    return Exports.response(check, format, lang, unreviewedFrom, checks, decisions, json);
  }

  private Response created(NewCheck request, UriInfo uri) {
    boolean sharesGlossary = identity.hasRole(Roles.LEAD) || identity.hasRole(Roles.ADMIN);
    ReviewedCheck created = checks.create(request, identity.getPrincipal().getName(), sharesGlossary);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.check().id)).build())
        .type(MediaType.APPLICATION_JSON)
        .entity(json.full(created))
        .build();
  }
}
