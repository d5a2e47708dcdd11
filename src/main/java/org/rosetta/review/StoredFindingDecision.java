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
import org.rosetta.report.mqm.MqmCategory;
import org.rosetta.report.mqm.MqmSeverity;

/**
 * A reviewer's decision on one finding of a check, which names it by its stable key: confirmed
 * with an MQM category and severity, or dismissed with a reason.
 */
@Entity
@Table(name = "finding_decision")
public class StoredFindingDecision extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "check_id")
  public StoredCheck check;

  @Column(name = "finding_key")
  public String findingKey;

  /** The translation the finding is about, "ru" or "he" (or "en"). */
  public String lang;

  public String rule;

  @Enumerated(EnumType.STRING)
  public FindingVerdict decision;

  /** For a confirmed finding: its MQM dimension; null for a dismissed one. */
  @Enumerated(EnumType.STRING)
  public MqmCategory category;

  /** For a confirmed finding: its MQM severity; null for a dismissed one. */
  @Enumerated(EnumType.STRING)
  public MqmSeverity severity;

  /** Why a finding was dismissed, or a note on a confirmed one. */
  public String reason;

  public String username;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Version public long version;
}
