package org.rosetta.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.rosetta.account.Roles;
import org.rosetta.library.GlossaryService;
import org.rosetta.library.StoredGlossary;
import org.rosetta.terminology.Concept;
import org.rosetta.text.InputException;

/** Glossaries: upload once (TBX, CSV or TSV), then choose by id in any check. */
@Path("/api/glossaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "glossaries")
@RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
public class GlossaryResource {
  /** A stored glossary in a list. @param createdAt ISO-8601 instant */
  public record Glossary(long id, String name, int concepts, String createdAt) {
    static Glossary of(StoredGlossary g) {
      return new Glossary(g.id, g.name, g.concepts, g.createdAt.toString());
    }
  }

  /** A stored glossary with its concepts and terms. */
  public record GlossaryDetail(long id, String name, int concepts, String createdAt, List<Entry> entries) {}

  /** A concept and its terms in every language. */
  public record Entry(String id, List<EntryTerm> terms) {}

  /** @param status preferred, admitted or forbidden (deprecated) */
  public record EntryTerm(String lang, String term, String status) {}

  private final GlossaryService glossaries;
  private final CheckInputs inputs;

  public GlossaryResource(GlossaryService glossaries, CheckInputs inputs) {
    this.glossaries = glossaries;
    this.inputs = inputs;
  }

  @RolesAllowed({Roles.LEAD, Roles.ADMIN})
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Upload a glossary (form field 'file'; .tbx, .csv or .tsv); the same name and content again gives the stored one (200)")
  public Response upload(MultipartFormDataInput form, UriInfo uri) {
    String content = inputs.glossaryFile(form);
    String name = inputs.fileName(form, "file");
    GlossaryService.Kept kept;
    try {
      kept = glossaries.keep(name == null ? "glossary" : name, content);
    } catch (InputException e) {
      throw new FieldProblem("file", e.getMessage());
    }
    // The same file uploaded again is the glossary already stored: 200 instead of 201, same Location.
    StoredGlossary row = kept.glossary();
    return Response.status(kept.created() ? Response.Status.CREATED : Response.Status.OK)
        .location(uri.getAbsolutePathBuilder().path(String.valueOf(row.id)).build())
        .entity(detail(row))
        .build();
  }

  @GET
  @Operation(summary = "Stored glossaries, newest first")
  public List<Glossary> list() {
    return glossaries.list().stream().map(Glossary::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One glossary with its concepts and terms")
  public GlossaryDetail get(@PathParam("id") long id) {
    return detail(glossaries.find(id));
  }

  private GlossaryDetail detail(StoredGlossary g) {
    List<Entry> entries = new ArrayList<>();
    for (Concept concept : glossaries.glossary(g).concepts()) {
      List<EntryTerm> terms = new ArrayList<>();
      concept.terms().forEach(
          (lang, list) -> list.forEach(term -> terms.add(new EntryTerm(lang.code(), term.text(), term.status().name().toLowerCase(Locale.ROOT)))));
      entries.add(new Entry(concept.id(), terms));
    }
    return new GlossaryDetail(g.id, g.name, g.concepts, g.createdAt.toString(), entries);
  }

  /** A lead or an admin deletes a glossary; the checks made with it keep it as they used it. */
  @RolesAllowed({Roles.LEAD, Roles.ADMIN})
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    glossaries.delete(id);
    return Response.noContent().build();
  }
}
