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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rosetta.text.DocumentInput;
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SourceText;

/**
 * One check: the texts as submitted, the glossary as used, and the report as of the last change.
 * The version guards re-links: two reviewers cannot both re-link from the same state.
 */
@Entity
@Table(name = "check_run")
public class StoredCheck extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String name;

  @Column(name = "created_at")
  public Instant createdAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "glossary_id")
  public StoredGlossary glossary;

  /** Kept with the check, so an inline glossary and a re-check see the same terms. */
  @Column(name = "glossary_name")
  public String glossaryName;

  @Column(name = "glossary_content", columnDefinition = "text")
  public String glossaryContent;

  @Column(name = "en_text", columnDefinition = "text")
  public String enText;

  @Column(name = "ru_text", columnDefinition = "text")
  public String ruText;

  @Column(name = "he_text", columnDefinition = "text")
  public String heText;

  /** The report in the JSON contract of {@code --format json}. */
  @Column(columnDefinition = "text")
  public String report;

  public int errors;
  public int warnings;
  public int infos;

  @Version public long version;

  public DocumentInput input() {
    Map<Lang, SourceText> texts = new EnumMap<>(Lang.class);
    texts.put(Lang.EN, new SourceText(Lang.EN, "en", enText));
    if (ruText != null) {
      texts.put(Lang.RU, new SourceText(Lang.RU, "ru", ruText));
    }
    if (heText != null) {
      texts.put(Lang.HE, new SourceText(Lang.HE, "he", heText));
    }
    return new DocumentInput(name, texts);
  }

  /** The check's texts cut into sentences, as the links' indices count them. */
  public Map<Lang, List<Segment>> segments() {
    SentenceSegmenter segmenter = new SentenceSegmenter();
    Map<Lang, List<Segment>> segments = new EnumMap<>(Lang.class);
    input().texts().forEach((lang, text) -> segments.put(lang, segmenter.segment(text)));
    return segments;
  }

  /** The languages the check has a text in, English first. */
  public List<Lang> languages() {
    List<Lang> present = new ArrayList<>(List.of(Lang.EN));
    if (ruText != null) {
      present.add(Lang.RU);
    }
    if (heText != null) {
      present.add(Lang.HE);
    }
    return present;
  }

  public void setText(Lang lang, String text) {
    switch (lang) {
      case EN -> enText = text;
      case RU -> ruText = text;
      case HE -> heText = text;
    }
  }
}
