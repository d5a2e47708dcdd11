package org.rosetta.library;

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

/** An archive uploaded as a ZIP and its alignment into memory, from queued to done or failed. */
@Entity
@Table(name = "memory_archive")
public class StoredArchiveJob extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** The ZIP's file name. */
  public String name;

  @Column(name = "content_hash")
  public String contentHash;

  @Enumerated(EnumType.STRING)
  public ArchiveJobState state;

  /** The pass under way ("learning, pass 1", "memory"), or why it was resumed. */
  public String phase;

  /** Documents the archive pairs. */
  public int documents;

  /** Documents times passes: {@link #done} of these make the progress. */
  public int steps;

  public int done;

  /** Units the memory made of it holds. */
  public int units;

  /** The memory it became, once done. */
  @Column(name = "memory_id")
  public Long memoryId;

  /** What became of each file ({@link ArchiveJobs.ArchiveFile}), JSON. */
  @Column(columnDefinition = "text")
  public String files;

  /** Why it failed. */
  public String error;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "started_at")
  public Instant startedAt;

  /** When its worker last said it was alive: a running job silent for long was cut short by a restart. */
  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;
}
