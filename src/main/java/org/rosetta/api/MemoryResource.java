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
import org.rosetta.review.MemoryService;
import org.rosetta.review.StoredMemory;
import org.rosetta.text.InputException;

/** Translation memories: upload the team's past translations (TMX, TSV, CSV); every check learns from them. */
@Path("/api/memories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "memories")
@RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
public class MemoryResource {
  private final MemoryService memories;
  private final CheckInputs inputs;
  private final ObjectMapper mapper;

  public MemoryResource(MemoryService memories, CheckInputs inputs, ObjectMapper mapper) {
    this.memories = memories;
    this.inputs = inputs;
    this.mapper = mapper;
  }

  @RolesAllowed({Roles.LEAD, Roles.ADMIN})
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Upload a translation memory (form field 'file'; .tmx, .tsv or .csv with a header of language codes); the same name and content again gives the stored one (200)")
  public Response upload(MultipartFormDataInput form, UriInfo uri) {
    String content = inputs.uploadedFile(form, "memory");
    String name = inputs.fileName(form, "file");
    MemoryService.Kept kept;
    try {
      kept = memories.keep(name == null ? "memory.tsv" : name, content);
    } catch (InputException e) {
      throw new FieldProblem("file", e.getMessage());
    }
    StoredMemory row = kept.memory();
    return Response.status(kept.created() ? Response.Status.CREATED : Response.Status.OK)
        .location(uri.getAbsolutePathBuilder().path(String.valueOf(row.id)).build())
        .entity(summary(row))
        .build();
  }

  @GET
  @Operation(summary = "The memory checks learn from: the uploaded files, newest first, and the links reviewers accepted")
  public ObjectNode list() {
    MemoryService.Learned learned = memories.current();
    ObjectNode out = mapper.createObjectNode();
    out.put("units", learned.fileUnits() + learned.acceptedLinks());
    out.put("acceptedLinks", learned.acceptedLinks());
    out.put("learnedAt", learned.learnedAt().toString());
    ArrayNode items = out.putArray("items");
    memories.list().forEach(m -> items.add(summary(m)));
    return out;
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One uploaded memory")
  public ObjectNode get(@PathParam("id") long id) {
    return summary(memories.find(id));
  }

  @RolesAllowed({Roles.LEAD, Roles.ADMIN})
  @DELETE
  @Path("{id}")
  @Operation(summary = "Forget an uploaded memory; checks from now on align without it")
  public Response delete(@PathParam("id") long id) {
    memories.delete(id);
    return Response.noContent().build();
  }

  private ObjectNode summary(StoredMemory m) {
    ObjectNode out = mapper.createObjectNode();
    out.put("id", m.id);
    out.put("name", m.name);
    out.put("units", m.units);
    out.put("createdAt", m.createdAt.toString());
    return out;
  }
}
