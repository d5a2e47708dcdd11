package org.rosetta.cli;

import io.quarkus.runtime.Quarkus;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rosetta.account.FirstStart;
import picocli.CommandLine.Command;

/**
 * Keeps the application running as a service: the web page and the REST API. The default
 * command; the HTTP server itself is started by Quarkus before this runs.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Runs the web page and the REST API until stopped (Ctrl+C). The default when no command is given.",
      "Port: -Dquarkus.http.port=8080 or QUARKUS_HTTP_PORT; data folder: ROSETTA_DATA (default ./data)."
    })
public class ServeCommand implements Callable<Integer> {
  @ConfigProperty(name = "quarkus.http.host", defaultValue = "localhost")
  String host;

  @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
  int port;

  @Inject FirstStart firstStart;

  @Override
  public Integer call() {
    String shown = host.equals("0.0.0.0") ? "localhost" : host;
    firstStart.created().ifPresent(first -> System.out.println(
        first.generatedPassword()
            .map(p -> "First start: created the user " + first.username() + " (role admin) with the password " + p
                + " (shown this once; set ROSETTA_ADMIN_PASSWORD before the first start to choose it)")
            .orElse("First start: created the user " + first.username() + " (role admin) with the password in ROSETTA_ADMIN_PASSWORD")));
    System.out.println("Rosetta is running at http://" + shown + ":" + port + "/  (API: /api/checks, OpenAPI: /q/openapi, Swagger UI: /q/swagger-ui; Ctrl+C stops it)");
    System.out.flush();
    Quarkus.waitForExit();
    return ExitCodes.OK;
  }
}
