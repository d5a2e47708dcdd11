package org.rosetta.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The ZIP of a job not yet ended, base64 (text is stored alike by H2 and PostgreSQL), apart from
 * the job so that reading a job's progress never loads it.
 */
@Entity
@Table(name = "memory_archive_zip")
public class StoredArchiveZip extends PanacheEntityBase {
  @Id
  @Column(name = "job_id")
  public Long jobId;

  @Column(columnDefinition = "text")
  public String content;
}
