package org.rosetta.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.rosetta.account.Roles;
import org.rosetta.review.GlossaryService;
import org.rosetta.review.StoredGlossary;
import org.rosetta.terminology.Concept;
import org.rosetta.terminology.Term;
import org.rosetta.text.InputException;

/** Glossaries: upload once (TBX, CSV or TSV), then choose by id in any check. */
@Path("/api/glossaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "glossaries")
@RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
public class GlossaryResource {
  private final GlossaryService glossaries;
  private final CheckInputs inputs;
  private final ObjectMapper mapper;

  public GlossaryResource(GlossaryService glossaries, CheckInputs inputs, ObjectMapper mapper) {
    this.glossaries = glossaries;
    this.inputs = inputs;
    this.mapper = mapper;
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
  public ArrayNode list() {
    ArrayNode out = mapper.createArrayNode();
    glossaries.list().forEach(g -> out.add(summary(g)));
    return out;
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One glossary with its concepts and terms")
  public ObjectNode get(@PathParam("id") long id) {
    return detail(glossaries.find(id));
  }

  private ObjectNode summary(StoredGlossary g) {
    ObjectNode out = mapper.createObjectNode();
    out.put("id", g.id);
    out.put("name", g.name);
    out.put("concepts", g.concepts);
    out.put("createdAt", g.createdAt.toString());
    return out;
  }

  private ObjectNode detail(StoredGlossary g) {
    ObjectNode out = summary(g);
    ArrayNode concepts = out.putArray("entries");
    for (Concept concept : glossaries.glossary(g).concepts()) {
      ObjectNode c = concepts.addObject();
      c.put("id", concept.id());
      ArrayNode terms = c.putArray("terms");
      concept.terms().forEach(
          (lang, list) -> {
            for (Term term : list) {
              ObjectNode t = terms.addObject();
              t.put("lang", lang.code());
              t.put("term", term.text());
              t.put("status", term.status().name().toLowerCase(java.util.Locale.ROOT));
            }
          });
    }
    return out;
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
