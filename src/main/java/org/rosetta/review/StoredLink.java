package org.rosetta.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.rosetta.align.Link;
import org.rosetta.report.ReviewedLink;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/** One link of a check's current alignment with one target language, and the reviewer's verdict. */
@Entity
@Table(name = "review_link")
public class StoredLink extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "check_id")
  public StoredCheck check;

  /** Target language code, "ru" or "he". */
  public String lang;

  /** Place of the link in the alignment, from 0. */
  public int position;

  @Column(name = "source_from")
  public int sourceFrom;

  @Column(name = "source_to")
  public int sourceTo;

  @Column(name = "target_from")
  public int targetFrom;

  @Column(name = "target_to")
  public int targetTo;

  public double score;

  @Enumerated(EnumType.STRING)
  public LinkStatus status;

  public String reviewer;

  @Column(name = "reviewed_at")
  public Instant reviewedAt;

  @Version public long version;

  public Link link() {
    return new Link(sourceFrom, sourceTo, targetFrom, targetTo, score);
  }

  /** The link with its sentences and verdict, as the exports and the memory read it. */
  public ReviewedLink reviewed(Map<Lang, List<Segment>> segments) {
    Lang target = Lang.of(lang);
    return new ReviewedLink(
        target,
        segments.get(Lang.EN).subList(sourceFrom, sourceTo),
        segments.get(target).subList(targetFrom, targetTo),
        score,
        status.code(),
        reviewer,
        reviewedAt);
  }

  public boolean sameSegments(Link other) {
    return link().sameSentences(other);
  }

  static StoredLink of(StoredCheck check, String lang, int position, Link link) {
    StoredLink row = new StoredLink();
    row.check = check;
    row.lang = lang;
    row.position = position;
    row.sourceFrom = link.sourceFrom();
    row.sourceTo = link.sourceTo();
    row.targetFrom = link.targetFrom();
    row.targetTo = link.targetTo();
    row.score = link.score();
    row.status = LinkStatus.UNREVIEWED;
    return row;
  }
}
