package org.rosetta.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.rosetta.account.Roles;
import org.rosetta.review.ArchiveJobs;
import org.rosetta.review.MemoryService;
import org.rosetta.review.StoredArchiveJob;
import org.rosetta.review.StoredMemory;
import org.rosetta.text.InputException;

/** Translation memories: upload the team's past translations (TMX, TSV, CSV); every check learns from them. */
@Path("/api/memories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "memories")
@RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
public class MemoryResource {
  private final MemoryService memories;
  private final ArchiveJobs archives;
  private final SecurityIdentity identity;
  private final CheckInputs inputs;
  private final ObjectMapper mapper;

  public MemoryResource(MemoryService memories, ArchiveJobs archives, CheckInputs inputs, ObjectMapper mapper, SecurityIdentity identity) {
    this.identity = identity;
    this.memories = memories;
    this.archives = archives;
    this.inputs = inputs;
    this.mapper = mapper;
  }

  @RolesAllowed({Roles.LEAD, Roles.ADMIN})
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Upload a translation memory (form field 'file'; .tmx, .tsv or .csv with a header of language codes); the same name and content again gives the stored one (200). "
          + "A .zip of past statements (NAME.en.EXT beside NAME.ru.EXT and NAME.he.EXT) is aligned into memory in the background: 202 with the job, at /api/memories/archives/{id}")
  public Response upload(MultipartFormDataInput form, UriInfo uri) {
    String name = inputs.fileName(form, "file");
    if (name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
      byte[] zip = inputs.uploadedBytes(form, "archive");
      StoredArchiveJob job;
      try {
        job = archives.submit(name, zip, identity.getPrincipal().getName());
      } catch (InputException e) {
        throw new FieldProblem("file", e.getMessage());
      }
      return Response.accepted(archive(job))
          .location(uri.getBaseUriBuilder().path("api/memories/archives").path(String.valueOf(job.id)).build())
          .build();
    }
    String content = inputs.uploadedFile(form, "memory");
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

  @GET
  @Path("archives")
  @Operation(summary = "Archives uploaded to become memory, newest first (the last 20), with their progress")
  public ObjectNode archives() {
    ObjectNode out = mapper.createObjectNode();
    ArrayNode items = out.putArray("items");
    archives.recent().forEach(job -> items.add(archive(job)));
    return out;
  }

  @GET
  @Path("archives/{id}")
  @Operation(summary = "One uploaded archive: its state (queued, running, done, failed), progress, the memory it became, and what became of each file")
  public ObjectNode archive(@PathParam("id") long id) {
    return archive(archives.find(id));
  }

  private ObjectNode archive(StoredArchiveJob job) {
    ObjectNode out = mapper.createObjectNode();
    out.put("id", job.id);
    out.put("name", job.name);
    out.put("state", job.state.code());
    out.put("phase", job.phase);
    out.put("documents", job.documents);
    out.put("progress", job.steps == 0 ? 0 : Math.round(1000.0 * job.done / job.steps) / 1000.0);
    out.put("units", job.units);
    if (job.memoryId != null) {
      out.put("memory", job.memoryId);
    }
    if (job.error != null) {
      out.put("error", job.error);
    }
    out.set("files", mapper.valueToTree(archives.files(job)));
    out.put("createdAt", job.createdAt.toString());
    if (job.finishedAt != null) {
      out.put("finishedAt", job.finishedAt.toString());
    }
    return out;
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
