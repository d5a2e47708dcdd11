package org.rosetta.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded glossary, kept as uploaded so that checks can be re-run against it. */
@Entity
@Table(name = "glossary")
public class StoredGlossary extends PanacheEntityBase {
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

  public int concepts;

  @Column(name = "created_at")
  public Instant createdAt;
}
