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

  /** Where the document's format put headings ({@link Headings#encoded()}), or null. */
  @Column(columnDefinition = "text")
  public String headings;

  static StoredText of(StoredCheck check, SourceText text) {
    StoredText row = new StoredText();
    row.check = check;
    row.lang = text.lang().code();
    row.content = text.content();
    row.headings = text.headings().isEmpty() ? null : text.headings().encoded();
    return row;
  }

  SourceText source() {
    Lang language = Lang.of(lang);
    return new SourceText(language, lang, content, Headings.decode(headings));
  }
}
