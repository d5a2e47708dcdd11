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
        // Bearer tokens for the API and the authorization code flow for the pages.
        "quarkus.oidc.acme.application-type", "hybrid",
        // The WireMock provider's ID tokens are made out to this audience, which must be the client id.
        "quarkus.oidc.acme.client-id", "https://id.server.example.com",
        "quarkus.oidc.acme.credentials.secret", "acme-client-secret",
        "quarkus.oidc.acme.token.issuer", "https://server.example.com",
        "rosetta.sign-in.acme.label", "ACME Keycloak");
  }
}
