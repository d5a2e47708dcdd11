package org.rosetta.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.rosetta.align.Link;
import org.rosetta.text.Lang;

/**
 * Stores a new check's links in one JDBC batch. A statement has fifty links or so, and storing
 * them one entity at a time (an identity insert each) took a third of a check's time in the
 * service; reviews change a few links at a time and go through the entities.
 */
final class LinkRows {
  private static final String INSERT =
      "insert into review_link (check_id, lang, position, source_from, source_to, target_from, target_to, score, status, version)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

  private LinkRows() {}

  static void insert(Connection connection, long checkId, Map<Lang, List<Link>> alignments) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Map.Entry<Lang, List<Link>> e : alignments.entrySet()) {
        List<Link> links = e.getValue();
        for (int i = 0; i < links.size(); i++) {
          Link link = links.get(i);
          insert.setLong(1, checkId);
          insert.setString(2, e.getKey().code());
          insert.setInt(3, i);
          insert.setInt(4, link.sourceFrom());
          insert.setInt(5, link.sourceTo());
          insert.setInt(6, link.targetFrom());
          insert.setInt(7, link.targetTo());
          insert.setDouble(8, link.score());
          insert.setString(9, LinkStatus.UNREVIEWED.name());
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }
}
