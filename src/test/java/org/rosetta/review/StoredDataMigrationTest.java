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
import org.rosetta.Fixtures;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SourceText;

/**
 * A database made by the last release (schema V4: texts in a column per language, no segments
 * stored) migrated to this one loses no check, link or verdict, and gets its texts as rows by
 * language and its segments cut once, as the links' indices count them.
 */
class StoredDataMigrationTest {
  private static final String URL = "jdbc:h2:mem:migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

  @Test
  void aCheckOfTheLastReleaseKeepsItsLinksAndVerdictsAndGetsItsSegments() throws Exception {
    Flyway.configure().dataSource(URL, "sa", "").target("4").load().migrate();
    String en = Fixtures.text(Lang.EN);
    String ru = Fixtures.text(Lang.RU);
    try (Connection c = DriverManager.getConnection(URL, "sa", "");
        PreparedStatement check = c.prepareStatement(
            "insert into check_run (id, name, created_at, en_text, ru_text, report, errors, warnings, infos, version)"
                + " values (7, 'released', current_timestamp, ?, ?, '{}', 0, 0, 0, 3)");
        Statement s = c.createStatement()) {
      check.setString(1, en);
      check.setString(2, ru);
      check.executeUpdate();
      s.execute("insert into review_link (check_id, lang, position, source_from, source_to, target_from, target_to, score, status, reviewer, version)"
          + " values (7, 'ru', 0, 0, 1, 0, 1, 0.97, 'ACCEPTED', 'Anna', 1)");
    }

    Flyway.configure().dataSource(URL, "sa", "").load().migrate();

    try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
      assertThat(strings(c, "select lang from check_text where check_id = 7 order by lang")).containsExactly("en", "ru");
      assertThat(strings(c, "select content from check_text where check_id = 7 and lang = 'ru'")).containsExactly(ru);
      assertThat(strings(c, "select languages from check_run where id = 7")).containsExactly("en,ru");
      assertThat(strings(c, "select engine_version from check_run where id = 7")).singleElement().asString().startsWith("unknown");
      List<Segment> expected = new SentenceSegmenter().segment(new SourceText(Lang.RU, "ru", ru));
      assertThat(strings(c, "select text from check_segment where check_id = 7 and lang = 'ru' order by position"))
          .hasSizeGreaterThan(10)
          .containsExactlyElementsOf(expected.stream().map(Segment::text).toList());
      assertThat(strings(c, "select reviewer || ' ' || status || ' ' || version from review_link where check_id = 7")).containsExactly("Anna ACCEPTED 1");
      assertThat(strings(c, "select column_name from information_schema.columns where table_name = 'CHECK_RUN' and column_name like '%_TEXT'")).isEmpty();
    }
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
