package org.rosetta.api;

import jakarta.ws.rs.container.ContainerRequestContext;
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
 * subdomain). A change that carries neither a session nor an {@code Origin} or {@code Referer} is
 * a script's (HTTP Basic or a token) and is not concerned; one that names another site is refused
 * whatever its credentials, since a browser replays remembered Basic credentials by itself. The
 * host compared is the one the request was addressed to, through a trusted proxy's
 * {@code X-Forwarded-Host} where there is one.
 */
public class CrossSiteRequests {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final String OIDC_SESSION = "q_session";

  private final String sessionCookie;

  public CrossSiteRequests(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String sessionCookie) {
    this.sessionCookie = sessionCookie;
  }

  @ServerRequestFilter(preMatching = true)
  public Response refuseForeignChanges(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod())) {
      return null;
    }
    String origin = request.getHeaderString("Origin");
    String source = origin != null ? origin : request.getHeaderString("Referer");
    // A script (curl, another system) sends neither Origin nor a session; a browser sends Origin
    // with every change, also with Basic credentials it remembered, which act like a cookie.
    if (source == null && !carriesSession(request)) {
      return null;
    }
    UriInfo uri = request.getUriInfo();
    String self = uri.getBaseUri().getRawAuthority();
    if (source != null && self != null && self.toLowerCase(Locale.ROOT).equals(authority(source))) {
      return null;
    }
    return Problem.of(403, "cross-site-request", "A change from another site is refused", uri)
        .detail("this change carries a session cookie or names a page of another site, and does not come from a page of this site (Origin "
            + (origin == null ? "missing" : "'" + origin + "'") + "); scripts use HTTP Basic or a token and send no Origin")
        .response();
  }

  /** The form sign-in's cookie or OpenID Connect's: credentials a browser sends by itself. */
  private boolean carriesSession(ContainerRequestContext request) {
    return request.getCookies().keySet().stream().anyMatch(name -> name.equals(sessionCookie) || name.startsWith(OIDC_SESSION));
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
