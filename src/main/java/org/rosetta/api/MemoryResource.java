package org.rosetta.api;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.rosetta.account.Roles;
import org.rosetta.library.ArchiveJobs;
import org.rosetta.library.ArchiveJobs.ArchiveFile;
import org.rosetta.library.MemoryService;
import org.rosetta.library.StoredArchiveJob;
import org.rosetta.library.StoredMemory;
import org.rosetta.text.InputException;

/** Translation memories: upload the team's past translations (TMX, TSV, CSV); every check learns from them. */
@Path("/api/memories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "memories")
@RolesAllowed({Roles.REVIEWER, Roles.LEAD, Roles.ADMIN})
public class MemoryResource {
  /** An uploaded memory file. @param createdAt ISO-8601 instant */
  public record Memory(long id, String name, int units, String createdAt) {
    static Memory of(StoredMemory m) {
      return new Memory(m.id, m.name, m.units, m.createdAt.toString());
    }
  }

  /**
   * The memory checks learn from.
   *
   * @param units the files' units and the accepted links together
   * @param learnedAt ISO-8601 instant of the lexicon's last learning
   * @param items the uploaded files, newest first
   */
  public record Memories(int units, int acceptedLinks, String learnedAt, List<Memory> items) {}

  /**
   * An archive being aligned into memory.
   *
   * @param state queued, running, done or failed
   * @param progress share of the work done, 0 to 1
   * @param memory the memory it became, once done
   * @param error why it failed, when it did
   * @param files what became of each file
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Archive(
      long id,
      String name,
      String state,
      String phase,
      int documents,
      double progress,
      int units,
      Long memory,
      String error,
      List<ArchiveFile> files,
      String createdAt,
      String finishedAt) {}

  private final MemoryService memories;
  private final ArchiveJobs archives;
  private final SecurityIdentity identity;
  private final CheckInputs inputs;

  public MemoryResource(MemoryService memories, ArchiveJobs archives, CheckInputs inputs, SecurityIdentity identity) {
    this.identity = identity;
    this.memories = memories;
    this.archives = archives;
    this.inputs = inputs;
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
        .entity(Memory.of(row))
        .build();
  }

  @GET
  @Operation(summary = "The memory checks learn from: the uploaded files, newest first, and the links reviewers accepted")
  public Memories list() {
    MemoryService.Learned learned = memories.current();
    return new Memories(
        learned.fileUnits() + learned.acceptedLinks(), learned.acceptedLinks(), learned.learnedAt().toString(), memories.list().stream().map(Memory::of).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One uploaded memory")
  public Memory get(@PathParam("id") long id) {
    return Memory.of(memories.find(id));
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
  public Items<Archive> archives() {
    return new Items<>(archives.recent().stream().map(this::archive).toList());
  }

  @GET
  @Path("archives/{id}")
  @Operation(summary = "One uploaded archive: its state (queued, running, done, failed), progress, the memory it became, and what became of each file")
  public Archive archive(@PathParam("id") long id) {
    return archive(archives.find(id));
  }

  private Archive archive(StoredArchiveJob job) {
    return new Archive(
        job.id,
        job.name,
        job.state.code(),
        job.phase,
        job.documents,
        job.steps == 0 ? 0 : Math.round(1000.0 * job.done / job.steps) / 1000.0,
        job.units,
        job.memoryId,
        job.error,
        archives.files(job),
        job.createdAt.toString(),
        job.finishedAt == null ? null : job.finishedAt.toString());
  }
}
