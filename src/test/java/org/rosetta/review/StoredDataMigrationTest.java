package org.rosetta.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.rosetta.Fixtures;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;
import org.rosetta.text.SourceText;

/**
 * A database made by the last release (schema V4: texts in a column per language, no segments
 * stored, the report kept whole) migrated to this one loses no check, link, verdict or finding,
 * and gets its texts as rows by language, its segments cut once, as the links' indices count them,
 * and what only the report held (file names, detections, findings) in those rows.
 */
class StoredDataMigrationTest {
  /** The part of the last release's stored report that only the report held: file names, detections, findings. */
  private static final String RELEASED_REPORT =
      """
      {"documents": [{"name": "released",
        "texts": {"en": {"file": "statement.en.docx", "segments": [{"id": "en-1", "language": "en", "confidence": 0.98}]},
                  "ru": {"file": "statement.ru.docx", "segments": [{"id": "ru-1", "language": "uk", "confidence": 0.71}]}},
        "alignments": {"ru": [{"source": ["en-1"], "target": ["ru-1"], "score": 0.97}]},
        "findings": [{"rule": "language.unexpected", "severity": "warning", "language": "ru", "segments": ["en-1", "ru-1"],
                      "spans": [{"segment": "ru-1", "start": 0, "end": 4}], "message": "ru-1 reads as Ukrainian", "expected": "ru", "found": "uk"}]}],
       "summary": {}}
      """;

  /** Where the test migrates: a database of its own. */
  private record Database(String url, String user, String password) {
    Connection connect() throws Exception {
      return DriverManager.getConnection(url, user, password);
    }

    Flyway flyway(String target) {
      var config = Flyway.configure().dataSource(url, user, password);
      if (url.startsWith("jdbc:postgresql:")) {
        config.schemas(url.substring(url.indexOf("currentSchema=") + "currentSchema=".length()));
      }
      return (target == null ? config : config.target(target)).load();
    }
  }

  @Test
  void onTheEmbeddedDatabase() throws Exception {
    migrateACheckOfTheLastRelease(new Database("jdbc:h2:mem:migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
  }

  /** In a schema of its own on the test PostgreSQL, dropped after. */
  @Test
  @EnabledIfEnvironmentVariable(named = "ROSETTA_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
  void onPostgresql() throws Exception {
    String base = System.getenv("ROSETTA_TEST_POSTGRES_URL");
    String schema = "migration_" + System.nanoTime();
    Database db = new Database(
        base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
        System.getenv().getOrDefault("ROSETTA_TEST_POSTGRES_USER", "rosetta"),
        System.getenv().getOrDefault("ROSETTA_TEST_POSTGRES_PASSWORD", "rosetta"));
    try {
      migrateACheckOfTheLastRelease(db);
    } finally {
      try (Connection c = db.connect(); Statement s = c.createStatement()) {
        s.execute("drop schema if exists " + schema + " cascade");
      }
    }
  }

  private static void migrateACheckOfTheLastRelease(Database db) throws Exception {
    db.flyway("4").migrate();
    String en = Fixtures.text(Lang.EN);
    String ru = Fixtures.text(Lang.RU);
    try (Connection c = db.connect();
        PreparedStatement check = c.prepareStatement(
            "insert into check_run (id, name, created_at, en_text, ru_text, report, errors, warnings, infos, version)"
                + " values (7, 'released', current_timestamp, ?, ?, ?, 0, 1, 0, 3)");
        Statement s = c.createStatement()) {
      check.setString(1, en);
      check.setString(2, ru);
      check.setString(3, RELEASED_REPORT);
      check.executeUpdate();
      s.execute("insert into review_link (check_id, lang, position, source_from, source_to, target_from, target_to, score, status, reviewer, version)"
          + " values (7, 'ru', 0, 0, 1, 0, 1, 0.97, 'ACCEPTED', 'Anna', 1)");
    }

    db.flyway(null).migrate();

    try (Connection c = db.connect()) {
      assertThat(strings(c, "select lang from check_text where check_id = 7 order by lang")).containsExactly("en", "ru");
      assertThat(strings(c, "select content from check_text where check_id = 7 and lang = 'ru'")).containsExactly(ru);
      assertThat(strings(c, "select languages from check_run where id = 7")).containsExactly("en,ru");
      assertThat(strings(c, "select engine_version from check_run where id = 7")).singleElement().asString().startsWith("unknown");
      List<Segment> expected = new SentenceSegmenter().segment(new SourceText(Lang.RU, "ru", ru));
      assertThat(strings(c, "select text from check_segment where check_id = 7 and lang = 'ru' order by position"))
          .hasSizeGreaterThan(10)
          .containsExactlyElementsOf(expected.stream().map(Segment::text).toList());
      assertThat(strings(c, "select reviewer || ' ' || status || ' ' || version from review_link where check_id = 7")).containsExactly("Anna ACCEPTED 1");
      assertThat(columns(c, "check_run")).doesNotContain("en_text", "ru_text", "he_text");
      // V9: what only the report held is in the rows, and the report is gone.
      assertThat(strings(c, "select origin from check_text where check_id = 7 order by lang")).containsExactly("statement.en.docx", "statement.ru.docx");
      assertThat(strings(c, "select detected || ' ' || confidence from check_segment where check_id = 7 and position = 0 order by lang"))
          .containsExactly("en 0.98", "uk 0.71");
      assertThat(strings(c, "select count(*) from check_segment where check_id = 7 and position > 0 and detected is not null")).containsExactly("0");
      List<org.rosetta.check.Finding> findings = org.rosetta.report.FindingsJson.read(strings(c, "select findings from check_run where id = 7").get(0));
      assertThat(findings).singleElement().satisfies(f -> {
        assertThat(f.rule().id()).isEqualTo("language.unexpected");
        assertThat(f.severity()).isEqualTo(org.rosetta.check.Severity.WARNING);
        assertThat(f.spans()).containsExactly(new org.rosetta.text.Span(SegmentId.parse("ru-1"), 0, 4));
        assertThat(f.found()).isEqualTo("uk");
      });
      assertThat(columns(c, "check_run")).contains("findings").doesNotContain("report");
    }
  }

  private static List<String> columns(Connection c, String table) throws Exception {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("select * from " + table + " where 1 = 0")) {
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        out.add(rows.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out;
  }

  private static List<String> strings(Connection c, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        out.add(rows.getString(1));
      }
    }
    return out;
  }
}
