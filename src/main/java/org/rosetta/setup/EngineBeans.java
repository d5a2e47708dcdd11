package org.rosetta.setup;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The engine as the service's beans see it: one per process, its models loaded at start. */
@Singleton
public class EngineBeans {
  @Produces
  @Singleton
  EngineProvider engines(RosettaConfig config) {
    EngineSettings.requireTrueOrFalse(org.eclipse.microprofile.config.ConfigProvider.getConfig());
    return new EngineProvider(EngineSettings.of(config));
  }

  void preload(@Observes StartupEvent event, RosettaConfig config, EngineProvider engines) {
    if (config.preloadModels()) {
      engines.preloadInBackground();
    }
  }
}
