package org.rosetta.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.rosetta.setup.EngineProvider;

/** Ready once the language models are loaded: a check before that would wait for them. */
@Readiness
@ApplicationScoped
public class ModelsReadiness implements HealthCheck {
  private final EngineProvider engines;

  public ModelsReadiness(EngineProvider engines) {
    this.engines = engines;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("language-models").status(engines.modelsLoaded()).build();
  }
}
