package org.rosetta.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A user of the service, as Quarkus Security reads it at sign-in: the name, the bcrypt hash of
 * the password (Modular Crypt Format) and the roles, comma-separated.
 */
@Entity
@Table(name = "account")
@UserDefinition
public class Account extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Username
  public String username;

  @Password
  @Column(name = "password_hash")
  public String passwordHash;

  @Roles
  public String roles;

  /** A disabled user keeps its name, history and attribution, but cannot sign in. */
  public boolean enabled;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "created_by")
  public String createdBy;

  /** Raised by sign-out, a new password or disabling: the sessions signed in before it end. */
  @Column(name = "session_version")
  public int sessionVersion;

  /** The roles as a list (stored comma-separated, as Quarkus Security reads them). */
  public List<String> roleList() {
    return List.of(roles.split(","));
  }
}
