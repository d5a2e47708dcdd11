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
import org.rosetta.segment.SentenceSegmenter;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.Headings;
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

  /** The bilingual file the check was made from, or null for a check of texts. */
  @Column(name = "bilingual_name")
  public String bilingualName;

  /** The bilingual file's bytes as uploaded. */
  @Column(name = "bilingual_content")
  public byte[] bilingualContent;

  /** Where each text's headings are, for documents whose format marks them (see {@link #setText}). */
  @Column(columnDefinition = "text")
  public String headings;

  /** The report in the JSON contract of {@code --format json}. */
  @Column(columnDefinition = "text")
  public String report;

  public int errors;
  public int warnings;
  public int infos;

  @Version public long version;

  public DocumentInput input() {
    Map<Lang, Headings> headingsByLang = headings();
    Map<Lang, SourceText> texts = new EnumMap<>(Lang.class);
    for (Lang lang : languages()) {
      texts.put(lang, new SourceText(lang, lang.code(), text(lang), headingsByLang.get(lang)));
    }
    return new DocumentInput(name, texts);
  }

  /** Whether the check was made from a bilingual file, unit by unit. */
  public boolean isBilingual() {
    return bilingualName != null;
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

  /** Keeps a text and where its headings are. */
  public void setText(SourceText text) {
    switch (text.lang()) {
      case EN -> enText = text.content();
      case RU -> ruText = text.content();
      case HE -> heText = text.content();
    }
    if (!text.headings().isEmpty()) {
      Map<Lang, Headings> all = new EnumMap<>(headings());
      all.put(text.lang(), text.headings());
      List<String> parts = new ArrayList<>();
      all.forEach((lang, h) -> parts.add(lang.code() + "=" + h.encoded()));
      headings = String.join(";", parts);
    }
  }

  private String text(Lang lang) {
    return switch (lang) {
      case EN -> enText;
      case RU -> ruText;
      case HE -> heText;
    };
  }

  /** The headings of each text, as {@link #setText} wrote them: {@code en=0-24,300-320;ru=0-20}. */
  private Map<Lang, Headings> headings() {
    Map<Lang, Headings> byLang = new EnumMap<>(Lang.class);
    if (headings != null && !headings.isBlank()) {
      for (String part : headings.split(";")) {
        String[] langAndRanges = part.split("=", 2);
        byLang.put(Lang.of(langAndRanges[0]), Headings.decode(langAndRanges[1]));
      }
    }
    return byLang;
  }
}
