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
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rosetta.library.StoredGlossary;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SourceText;

/**
 * One check: the texts as submitted, the glossary as used, and the findings as of the last change.
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

  /** The languages it has a text in, English first: {@code en,ru,he}. */
  @Column(name = "languages")
  public String languageCodes;

  /** The Rosetta version that computed its segments and links. */
  @Column(name = "engine_version")
  public String engineVersion;

  /** The bilingual file the check was made from, or null for a check of texts. */
  @Column(name = "bilingual_name")
  public String bilingualName;

  /** The bilingual file's bytes as uploaded. */
  @Column(name = "bilingual_content")
  public byte[] bilingualContent;

  /**
   * The findings for its links as they now are, as the JSON contract's {@code findings[]}; the
   * rest of its report is in the rows of its texts, segments and links.
   */
  @Column(columnDefinition = "text")
  public String findings;

  public int errors;
  public int warnings;
  public int infos;

  @Version public long version;

  /** The check's texts, as submitted, read from their rows. */
  public DocumentInput input() {
    Map<Lang, SourceText> texts = new EnumMap<>(Lang.class);
    List<StoredText> rows = StoredText.list("check", this);
    rows.forEach(row -> texts.put(Lang.of(row.lang), row.source()));
    return new DocumentInput(name, texts);
  }

  /** Whether the check was made from a bilingual file, unit by unit. */
  public boolean isBilingual() {
    return bilingualName != null;
  }

  /** The check's sentences as they were cut when it was made, which the links' indices count. */
  public Map<Lang, List<Segment>> segments() {
    return SegmentRows.of(getEntityManager(), id);
  }

  /** The languages the check has a text in, English first. */
  public List<Lang> languages() {
    List<Lang> present = new ArrayList<>();
    for (String code : languageCodes.split(",")) {
      present.add(Lang.of(code));
    }
    return present;
  }

  /** Records which languages the check has, from the texts it is made of. */
  void setLanguages(Collection<Lang> languages) {
    languageCodes = String.join(",", languages.stream().sorted().map(Lang::code).toList());
  }
}
