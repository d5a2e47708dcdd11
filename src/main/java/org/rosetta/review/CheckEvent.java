package org.rosetta.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change in a check's history: who, when, what, and the state before and after, written in
 * the same transaction as the change itself, so a change that was answered is in the history.
 */
@Entity
@Table(name = "check_event")
public class CheckEvent extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "check_id")
  public long checkId;

  public Instant at;

  public String username;

  @Enumerated(EnumType.STRING)
  public CheckAction action;

  /** The translation the change concerns, or null for the whole check. */
  public String lang;

  /** What was changed when the before and after do not say it: the link of a verdict. */
  public String subject;

  @Column(name = "before_state", columnDefinition = "text")
  public String before;

  @Column(name = "after_state", columnDefinition = "text")
  public String after;
}
