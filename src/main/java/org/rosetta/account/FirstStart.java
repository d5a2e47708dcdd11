package org.rosetta.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first admin while the service starts, before the HTTP server takes requests: a
 * script that waits for the service and signs in at once finds the user there. The start message
 * ({@code serve}) tells what was done.
 */
@ApplicationScoped
public class FirstStart {
  private final AccountService accounts;
  /** The first admin's password (ROSETTA_ADMIN_PASSWORD); generated when absent. */
  private final Optional<String> adminPassword;
  private Optional<AccountService.FirstAdmin> created = Optional.empty();

  public FirstStart(AccountService accounts, @ConfigProperty(name = "rosetta.admin-password") Optional<String> adminPassword) {
    this.accounts = accounts;
    this.adminPassword = adminPassword;
  }

  void onStart(@Observes StartupEvent event) {
    created = accounts.createFirstAdmin(adminPassword);
  }

  /** The admin this start created, if it was the first. */
  public Optional<AccountService.FirstAdmin> created() {
    return created;
  }
}
