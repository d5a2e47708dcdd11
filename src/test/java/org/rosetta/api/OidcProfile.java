package org.rosetta.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * An organisation's OpenID Connect provider configured as the README says, as tenant "acme": the
 * provider is quarkus-test-oidc-server's WireMock Keycloak, so no Docker is needed.
 */
public class OidcProfile implements QuarkusTestProfile {
  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.oidc.acme.auth-server-url", "${keycloak.url}/realms/quarkus",
        "quarkus.oidc.acme.application-type", "service",
        "quarkus.oidc.acme.token.issuer", "https://server.example.com");
  }
}
