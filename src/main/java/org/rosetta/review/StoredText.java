package org.rosetta.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import org.rosetta.text.Headings;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;

/** One language version of a check, as submitted: a row per language, keyed by its code. */
@Entity
@Table(name = "check_text")
public class StoredText extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "check_id")
  public StoredCheck check;

  public String lang;

  @Column(columnDefinition = "text")
  public String content;

  /** The file the text came from, as the report names it; null for a check stored before V9 without a report. */
  @Column(columnDefinition = "text")
  public String origin;

  /** Where the document's format put headings ({@link Headings#encoded()}), or null. */
  @Column(columnDefinition = "text")
  public String headings;

  /**
   * Stores a new check's texts in one JDBC batch with its segments and links: an entity each
   * (an identity insert of a large text each) cost a quarter of the service's throughput.
   */
  static void insert(Connection connection, long checkId, Collection<SourceText> texts) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("insert into check_text (check_id, lang, content, headings, origin) values (?, ?, ?, ?, ?)")) {
      for (SourceText text : texts) {
        insert.setLong(1, checkId);
        insert.setString(2, text.lang().code());
        insert.setString(3, text.content());
        insert.setString(4, text.headings().isEmpty() ? null : text.headings().encoded());
        insert.setString(5, text.origin());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  SourceText source() {
    Lang language = Lang.of(lang);
    return new SourceText(language, origin == null ? lang : origin, content, Headings.decode(headings));
  }
}
