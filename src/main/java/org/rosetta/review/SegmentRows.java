package org.rosetta.review;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentKind;

/**
 * A check's segments as they were computed when it was made, stored so that its links always
 * point at the same sentences: reading them back never segments again, whatever a later version's
 * segmenter would cut. Written in one JDBC batch with the links (a check has a hundred or so).
 */
final class SegmentRows {
  private static final String INSERT =
      "insert into check_segment (check_id, lang, position, start_cp, end_cp, char_start, paragraph, kind, text) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private SegmentRows() {}

  static void insert(Connection connection, long checkId, Map<Lang, List<Segment>> segments) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (List<Segment> text : segments.values()) {
        for (Segment s : text) {
          insert.setLong(1, checkId);
          insert.setString(2, s.lang().code());
          insert.setInt(3, s.index());
          insert.setInt(4, s.start());
          insert.setInt(5, s.end());
          insert.setInt(6, s.charStart());
          insert.setInt(7, s.paragraph());
          insert.setString(8, s.kind().name());
          insert.setString(9, s.text());
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  /** The check's segments by language, in text order. */
  static Map<Lang, List<Segment>> of(EntityManager em, long checkId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select lang, position, start_cp, end_cp, char_start, paragraph, kind, text from check_segment where check_id = ?1 order by lang, position")
            .setParameter(1, checkId)
            .getResultList();
    Map<Lang, List<Segment>> segments = new EnumMap<>(Lang.class);
    for (Object[] row : rows) {
      Lang lang = Lang.of((String) row[0]);
      int position = ((Number) row[1]).intValue();
      segments.computeIfAbsent(lang, l -> new ArrayList<>())
          .add(new Segment(
              lang.code() + "-" + (position + 1),
              lang,
              position,
              ((Number) row[2]).intValue(),
              ((Number) row[3]).intValue(),
              ((Number) row[4]).intValue(),
              text(row[7]),
              ((Number) row[5]).intValue(),
              SegmentKind.valueOf((String) row[6])));
    }
    return segments;
  }

  /** H2 gives a text column as a Clob, PostgreSQL as a String. */
  private static String text(Object value) {
    if (value instanceof java.sql.Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (SQLException e) {
        throw new IllegalStateException("a stored segment could not be read", e);
      }
    }
    return (String) value;
  }
}
