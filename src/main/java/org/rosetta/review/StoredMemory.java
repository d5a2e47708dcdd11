package org.rosetta.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded translation memory, kept as uploaded so that it can be learned again. */
@Entity
@Table(name = "translation_memory")
public class StoredMemory extends PanacheEntityBase {
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

  /** Units that pair English with Russian or Hebrew. */
  public int units;

  @Column(name = "created_at")
  public Instant createdAt;
}
