package org.rosetta.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A false alarm the team dismissed, as a pattern for its later checks: the rule, the translation
 * and the words the finding named ({@code expected}, {@code found}). Learned from a decision on a
 * finding of one check.
 */
@Entity
@Table(name = "dismissal")
public class StoredDismissal extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String rule;

  public String lang;

  public String expected;

  public String found;

  public String reason;

  public String username;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "check_id")
  public long checkId;

  @Column(name = "finding_key")
  public String findingKey;
}
