package org.rosetta.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Cross-site request forgery: a change made with the session cookie must come from a page of
 * this site. Browsers send {@code Origin} with every POST, PUT and DELETE, and another site cannot
 * forge it; the check compares it (or, where a browser left it out, {@code Referer}) with the
 * host the request was sent to. The session cookie's {@code SameSite=Strict} already keeps most
 * browsers from sending it cross-site; this holds where that does not (older browsers, a sibling
 * subdomain). Requests with HTTP Basic or a token carry no ambient credential and are not concerned.
 */
public class CrossSiteRequests {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final String sessionCookie;

  public CrossSiteRequests(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String sessionCookie) {
    this.sessionCookie = sessionCookie;
  }

  @ServerRequestFilter(preMatching = true)
  public Response refuseForeignChanges(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod())
        || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null
        || !request.getCookies().containsKey(sessionCookie)) {
      return null;
    }
    String origin = request.getHeaderString("Origin");
    String source = origin != null ? origin : request.getHeaderString("Referer");
    String host = request.getHeaderString(HttpHeaders.HOST);
    if (source != null && host != null && host.toLowerCase(Locale.ROOT).equals(authority(source))) {
      return null;
    }
    UriInfo uri = request.getUriInfo();
    return Problem.of(403, "cross-site-request", "A change from another site is refused", uri)
        .detail("this request carries the session cookie but does not come from a page of this site (Origin "
            + (origin == null ? "missing" : "'" + origin + "'") + "); scripts use HTTP Basic or a token")
        .response();
  }

  /** The host and port of an origin or URL, or null when it has none ({@code Origin: null}). */
  private static String authority(String url) {
    try {
      String authority = URI.create(url.strip()).getRawAuthority();
      return authority == null ? null : authority.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
