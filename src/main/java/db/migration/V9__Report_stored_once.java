package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The report stored once (issue 11): until now a check kept its whole JSON report beside the rows
 * of its texts, segments and links, so its alignment was stored twice and read back by walking
 * JSON. What only the report held moves into those rows: each segment's detected language and
 * confidence and its bilingual unit, each text's file name, and the findings (the contract's
 * {@code findings[]} array, a column of the check). Then the report column goes. Java, because the
 * values come out of the stored JSON.
 */
public class V9__Report_stored_once extends BaseJavaMigration {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table check_segment add column detected varchar(16)");
      ddl.execute("alter table check_segment add column confidence double precision");
      ddl.execute("alter table check_segment add column unit text");
      ddl.execute("alter table check_text add column origin text");
      ddl.execute("alter table check_run add column findings text");
    }
    moveReports(connection);
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("update check_run set findings = '[]' where findings is null");
      ddl.execute("alter table check_run drop column report");
    }
  }

  private static void moveReports(Connection connection) throws Exception {
    try (Statement select = connection.createStatement();
        ResultSet checks = select.executeQuery("select id, report from check_run");
        PreparedStatement segment = connection.prepareStatement(
            "update check_segment set detected = ?, confidence = ?, unit = ? where check_id = ? and lang = ? and position = ?");
        PreparedStatement origin = connection.prepareStatement("update check_text set origin = ? where check_id = ? and lang = ?");
        PreparedStatement findings = connection.prepareStatement("update check_run set findings = ? where id = ?")) {
      while (checks.next()) {
        long id = checks.getLong("id");
        String report = checks.getString("report");
        JsonNode doc = report == null ? JSON.missingNode() : JSON.readTree(report).path("documents").path(0);
        for (Map.Entry<String, JsonNode> text : doc.path("texts").properties()) {
          String lang = text.getKey();
          origin.setString(1, text.getValue().path("file").asText(lang));
          origin.setLong(2, id);
          origin.setString(3, lang);
          origin.addBatch();
          JsonNode segments = text.getValue().path("segments");
          for (int position = 0; position < segments.size(); position++) {
            JsonNode s = segments.get(position);
            segment.setString(1, s.path("language").asText(null));
            if (s.has("confidence")) {
              segment.setDouble(2, s.path("confidence").asDouble());
            } else {
              segment.setNull(2, Types.DOUBLE);
            }
            segment.setString(3, s.path("unit").asText(null));
            segment.setLong(4, id);
            segment.setString(5, lang);
            segment.setInt(6, position);
            segment.addBatch();
          }
        }
        JsonNode found = doc.path("findings");
        findings.setString(1, found.isArray() ? JSON.writeValueAsString(found) : "[]");
        findings.setLong(2, id);
        findings.addBatch();
        // A check at a time: a book-sized report has tens of thousands of segments.
        segment.executeBatch();
        origin.executeBatch();
        findings.executeBatch();
      }
    }
  }
}
