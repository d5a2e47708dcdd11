package org.rosetta.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first admin while the service starts, before the HTTP server takes requests: a
 * script that waits for the service and signs in at once finds the user there. The start message
 * ({@code serve}) tells what was done. Whether there is a user is asked with plain JDBC: a first
 * Hibernate query at start made every start 1.2 s slower and 50 MB larger (scripts/startup.sh),
 * for an answer that is "yes" on all starts but the first.
 */
@ApplicationScoped
public class FirstStart {
  private final AccountService accounts;
  private final DataSource database;
  /** The first admin's password (ROSETTA_ADMIN_PASSWORD); generated when absent. */
  private final Optional<String> adminPassword;
  private Optional<AccountService.FirstAdmin> created = Optional.empty();

  public FirstStart(
      AccountService accounts, DataSource database, @ConfigProperty(name = "rosetta.admin-password") Optional<String> adminPassword) {
    this.accounts = accounts;
    this.database = database;
    this.adminPassword = adminPassword;
  }

  void onStart(@Observes StartupEvent event) throws SQLException {
    if (!hasUsers()) {
      try {
        created = accounts.createFirstAdmin(adminPassword);
      } catch (RuntimeException e) {
        // Two replicas starting on one new database both find no user; the one that loses the
        // race finds the other's admin (the user name is unique) and starts without making one.
        if (!hasUsers()) {
          throw e;
        }
      }
    }
  }

  private boolean hasUsers() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from account")) {
      return rows.next() && rows.getLong(1) > 0;
    }
  }

  /** The admin this start created, if it was the first. */
  public Optional<AccountService.FirstAdmin> created() {
    return created;
  }
}
