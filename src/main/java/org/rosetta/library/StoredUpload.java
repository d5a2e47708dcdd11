package org.rosetta.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** An uploaded file kept as uploaded (a glossary, a memory), so that it can be read again by a later version. */
@MappedSuperclass
public abstract class StoredUpload extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** The file name it was uploaded as; its extension tells the format. */
  public String name;

  @Column(columnDefinition = "text")
  public String content;

  /** SHA-256 of the content, hex; with the name, unique. */
  @Column(name = "content_hash")
  public String contentHash;

  @Column(name = "created_at")
  public Instant createdAt;
}
