package org.rosetta.review;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rosetta.detect.Detection;
import org.rosetta.report.TextReport;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentKind;
import org.rosetta.text.SourceText;

/**
 * A check's segments as they were computed when it was made, with the language detected in each
 * and, for a bilingual file, its unit: stored so that its links always point at the same
 * sentences (reading them back never segments again, whatever a later version's segmenter would
 * cut) and so that the report is rebuilt from rows, not kept twice. Written in one JDBC batch
 * with the links (a check has a hundred or so).
 */
final class SegmentRows {
  private static final String INSERT =
      "insert into check_segment (check_id, lang, position, start_cp, end_cp, char_start, paragraph, kind, text, detected, confidence, unit)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private SegmentRows() {}

  /** One stored segment: the segment, its detection (null when none was made) and its unit (or null). */
  private record Row(Segment segment, Detection detection, String unit) {}

  static void insert(Connection connection, long checkId, Collection<TextReport> texts) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (TextReport text : texts) {
        for (Segment s : text.segments()) {
          insert.setLong(1, checkId);
          insert.setString(2, s.lang().code());
          insert.setInt(3, s.index());
          insert.setInt(4, s.start());
          insert.setInt(5, s.end());
          insert.setInt(6, s.charStart());
          insert.setInt(7, s.paragraph());
          insert.setString(8, s.kind().name());
          insert.setString(9, s.text());
          if (text.detections().isEmpty()) {
            insert.setNull(10, java.sql.Types.VARCHAR);
            insert.setNull(11, java.sql.Types.DOUBLE);
          } else {
            Detection d = text.detection(s.index());
            insert.setString(10, d.language());
            insert.setDouble(11, d.confidence());
          }
          insert.setString(12, text.unit(s.index()));
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  /** The check's segments by language, in text order. */
  static Map<Lang, List<Segment>> of(EntityManager em, long checkId) {
    Map<Lang, List<Segment>> segments = new EnumMap<>(Lang.class);
    rows(em, checkId).forEach((lang, rows) -> segments.put(lang, rows.stream().map(Row::segment).toList()));
    return segments;
  }

  /**
   * The check's texts as its report shows them: segments, detections, units and headings.
   *
   * @param sources the check's texts, by language
   */
  static Map<Lang, TextReport> texts(EntityManager em, long checkId, Map<Lang, SourceText> sources) {
    Map<Lang, TextReport> texts = new EnumMap<>(Lang.class);
    rows(em, checkId).forEach(
        (lang, rows) -> {
          List<Segment> segments = rows.stream().map(Row::segment).toList();
          // A text was detected whole or not at all (detection off); a check migrated without a report has none.
          List<Detection> detections = rows.stream().allMatch(r -> r.detection() != null) ? rows.stream().map(Row::detection).toList() : List.of();
          TextReport text = TextReport.of(sources.get(lang), segments, detections);
          texts.put(lang, rows.stream().allMatch(r -> r.unit() != null) && !rows.isEmpty() ? text.withUnits(rows.stream().map(Row::unit).toList()) : text);
        });
    return texts;
  }

  private static Map<Lang, List<Row>> rows(EntityManager em, long checkId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select lang, position, start_cp, end_cp, char_start, paragraph, kind, text, detected, confidence, unit"
                    + " from check_segment where check_id = ?1 order by lang, position")
            .setParameter(1, checkId)
            .getResultList();
    Map<Lang, List<Row>> byLang = new EnumMap<>(Lang.class);
    for (Object[] row : rows) {
      Lang lang = Lang.of((String) row[0]);
      int position = ((Number) row[1]).intValue();
      Segment segment = new Segment(
          lang,
          position,
          ((Number) row[2]).intValue(),
          ((Number) row[3]).intValue(),
          ((Number) row[4]).intValue(),
          text(row[7]),
          ((Number) row[5]).intValue(),
          SegmentKind.valueOf((String) row[6]));
      // A detection's runner-up is used while checking, never shown: it is not stored.
      Detection detection = row[8] == null ? null : new Detection((String) row[8], ((Number) Objects.requireNonNullElse(row[9], 0.0)).doubleValue(), Detection.UNDETERMINED_CODE);
      byLang.computeIfAbsent(lang, l -> new ArrayList<>()).add(new Row(segment, detection, text(row[10])));
    }
    return byLang;
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
