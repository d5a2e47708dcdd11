package org.rosetta.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.rosetta.Fixtures;
import org.rosetta.account.Roles;
import org.rosetta.library.ArchiveJobState;
import org.rosetta.library.ArchiveJobs;
import org.rosetta.library.StoredArchiveJob;
import org.rosetta.library.StoredArchiveZip;
import org.rosetta.text.Lang;

/**
 * An archive of past statements uploaded as a ZIP becomes memory in the background: what a lead
 * may do, what the job reports per file, and what is refused before anything is queued.
 */
@QuarkusTest
@TestSecurity(user = "Anna", roles = Roles.LEAD)
class ArchiveUploadApiTest {
  static {
    io.restassured.RestAssured.registerParser(Problem.MEDIA_TYPE, io.restassured.parsing.Parser.JSON);
  }

  @Inject ArchiveJobs archives;

  /**
   * The seed statement in three languages (2015), the same in English and Hebrew (2016), a
   * "Russian" file that is the English text (2017), a Russian file without its English, and notes.
   */
  private static byte[] archive() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (Lang lang : Lang.values()) {
      files.put("press/2015/putin." + lang.code() + ".txt", Fixtures.text(lang));
    }
    files.put("press/2016/putin.en.txt", Fixtures.text(Lang.EN));
    files.put("press/2016/putin.he.txt", Fixtures.text(Lang.HE));
    files.put("press/2017/visit.en.txt", Fixtures.text(Lang.EN));
    files.put("press/2017/visit.ru.txt", Fixtures.text(Lang.EN));
    files.put("press/2017/orphan.ru.txt", "Министр прибыл в Москву.");
    files.put("press/README.txt", "Statements of the press office.");
    return zip(files);
  }

  private static byte[] zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static Response upload(String name, byte[] zip) {
    return given().multiPart("file", name, zip, "application/zip").post("/api/memories");
  }

  /** The job once it has ended. */
  private static JsonPath ended(long id) throws InterruptedException {
    for (int tries = 0; tries < 240; tries++) {
      JsonPath job = given().get("/api/memories/archives/" + id).then().statusCode(200).extract().jsonPath();
      if (!List.of("queued", "running").contains(job.getString("state"))) {
        return job;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("archive " + id + " still not aligned after a minute");
  }

  @Test
  void anArchiveIsAlignedInTheBackgroundIntoAMemoryWithAnAnswerPerFile() throws Exception {
    Response accepted = upload("press-office.zip", archive());

    accepted.then().statusCode(202).header("Location", containsString("/api/memories/archives/"))
        .body("state", equalTo("queued")).body("documents", equalTo(3));
    JsonPath job = ended(accepted.jsonPath().getLong("id"));

    assertThat(job.getString("state")).as(job.prettify()).isEqualTo("done");
    assertThat(job.getDouble("progress")).isEqualTo(1.0);
    assertThat(job.getInt("units")).as("the seed's links, Russian and Hebrew").isGreaterThan(20);
    Map<String, String> outcomes = new LinkedHashMap<>();
    job.getList("files", Map.class).forEach(f -> outcomes.put((String) f.get("file"), (String) f.get("outcome")));
    assertThat(outcomes).containsEntry("press/2015/putin.ru.txt", "aligned").containsEntry("press/2016/putin.he.txt", "aligned")
        .containsEntry("press/2017/visit.ru.txt", "skipped").containsEntry("press/2017/orphan.ru.txt", "unpaired")
        .containsEntry("press/README.txt", "ignored");
    assertThat(job.getString("files.find { it.file == 'press/2017/visit.ru.txt' }.reason")).contains("is not in Russian").contains("Cyrillic");

    long memory = job.getLong("memory");
    given().get("/api/memories/" + memory).then().statusCode(200).body("name", equalTo("press-office.tmx")).body("units", equalTo(job.getInt("units")));
    assertThat(given().get("/api/memories/archives").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class)).contains(job.getLong("id"));
    forget(memory);
  }

  /** Other tests check the seed without a memory: what these tests stored is deleted. */
  private static void forget(long memory) {
    given().delete("/api/memories/" + memory).then().statusCode(204);
  }

  @Test
  void aJobARestartCutShortIsResumed() throws Exception {
    String zip = Base64.getEncoder().encodeToString(archive());
    long id = QuarkusTransaction.requiringNew().call(() -> {
      StoredArchiveJob job = new StoredArchiveJob();
      job.name = "cut-short.zip";
      job.contentHash = "test";
      job.state = ArchiveJobState.RUNNING;
      job.phase = "learning, pass 1";
      job.documents = 3;
      job.files = "[]";
      job.createdAt = Instant.now().minusSeconds(600);
      job.updatedAt = Instant.now().minusSeconds(300);
      job.persist();
      StoredArchiveZip kept = new StoredArchiveZip();
      kept.jobId = job.id;
      kept.content = zip;
      kept.persist();
      return job.id;
    });

    archives.resumeAbandoned();

    JsonPath job = ended(id);
    assertThat(job.getString("state")).as(job.prettify()).isEqualTo("done");
    assertThat(job.getLong("memory")).isPositive();
    forget(job.getLong("memory"));
  }

  @Test
  void badArchivesAreRefusedBeforeAnythingIsQueuedNamingTheFile() throws Exception {
    upload("escape.zip", zip(Map.of("../../etc/cron.d/x.en.txt", "Hello.", "x.ru.txt", "Привет.")))
        .then().statusCode(400).body("errors[0].field", equalTo("file"))
        .body("errors[0].message", containsString("escape.zip: ../../etc/cron.d/x.en.txt")).body("errors[0].message", containsString("outside the archive's folder"));

    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("big.en.txt"));
      byte[] zeros = new byte[1 << 20];
      for (int k = 0; k < 8; k++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(bomb.size()).as("8 MB of zeros packed").isLessThan(20_000);
    upload("bomb.zip", bomb.toByteArray()).then().statusCode(400).body("errors[0].message", containsString("bomb.zip: big.en.txt"))
        .body("errors[0].message", containsString("unpacks to more than"));

    upload("notes.zip", "this is not a zip".getBytes(StandardCharsets.UTF_8)).then().statusCode(400)
        .body("errors[0].message", containsString("notes.zip: is not a ZIP archive"));
    upload("lonely.zip", zip(Map.of("a.ru.txt", "Привет."))).then().statusCode(400)
        .body("errors[0].message", containsString("holds no document with a translation"));
    upload("x".repeat(250) + ".zip", archive()).then().statusCode(400).body("errors[0].message", containsString("at most 200 characters"));
  }

  @Test
  @TestSecurity(user = "Rita", roles = Roles.REVIEWER)
  void aReviewerCannotUploadAnArchiveButSeesTheJobs() throws Exception {
    upload("press-office.zip", archive()).then().statusCode(403);
    given().get("/api/memories/archives").then().statusCode(200);
  }

  @Test
  @TestSecurity
  void anonymousGetsNothing() throws Exception {
    upload("press-office.zip", archive()).then().statusCode(401);
    given().get("/api/memories/archives").then().statusCode(401);
  }
}
