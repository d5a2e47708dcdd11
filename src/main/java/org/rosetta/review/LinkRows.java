package org.rosetta.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rosetta.align.Link;
import org.rosetta.text.Lang;

/**
 * Stores a new check's links in one JDBC batch. A statement has fifty links or so, and storing
 * them one entity at a time (an identity insert each) took a third of a check's time in the
 * service; reviews change a few links at a time and go through the entities. The rows come back
 * with their generated ids, so the answer to the upload needs no second read.
 */
final class LinkRows {
  private static final String INSERT =
      "insert into review_link (check_id, lang, position, source_from, source_to, target_from, target_to, score, status, version)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

  private LinkRows() {}

  /** @return the stored rows, detached, by language in alignment order */
  static Map<Lang, List<StoredLink>> insert(Connection connection, StoredCheck check, Map<Lang, List<Link>> alignments)
      throws SQLException {
    Map<Lang, List<StoredLink>> rows = new EnumMap<>(Lang.class);
    alignments.forEach(
        (lang, links) -> {
          List<StoredLink> stored = new ArrayList<>(links.size());
          for (int i = 0; i < links.size(); i++) {
            stored.add(StoredLink.of(check, lang.code(), i, links.get(i)));
          }
          rows.put(lang, stored);
        });
    try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
      for (List<StoredLink> stored : rows.values()) {
        for (StoredLink row : stored) {
          insert.setLong(1, check.id);
          insert.setString(2, row.lang);
          insert.setInt(3, row.position);
          insert.setInt(4, row.sourceFrom);
          insert.setInt(5, row.sourceTo);
          insert.setInt(6, row.targetFrom);
          insert.setInt(7, row.targetTo);
          insert.setDouble(8, row.score);
          insert.setString(9, row.status.name());
          insert.addBatch();
        }
      }
      insert.executeBatch();
      // The ids come back in the order the rows were added: the same walk over the same map.
      try (ResultSet keys = insert.getGeneratedKeys()) {
        for (List<StoredLink> stored : rows.values()) {
          for (StoredLink row : stored) {
            if (!keys.next()) {
              throw new SQLException("the database returned fewer link ids than links stored");
            }
            row.id = keys.getLong("id");
          }
        }
      }
    }
    return rows;
  }
}
