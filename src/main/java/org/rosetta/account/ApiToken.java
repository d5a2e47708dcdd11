package org.rosetta.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal API token: its owner, the name its owner gave it, and the SHA-256 of its value. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String username;

  public String name;

  @Column(name = "token_hash")
  public String tokenHash;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
