package org.rosetta.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The sign-in form (Quarkus form authentication posts it to {@code /j_security_check}) and
 * sign-out, which drops the session cookie.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class SignInPage {
  @CheckedTemplate
  static class Templates {
    static native TemplateInstance login(boolean failed, boolean signedOut);
  }

  @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
  String cookieName;

  @GET
  @Path("login")
  @Operation(hidden = true)
  public TemplateInstance login(@QueryParam("signed-out") String signedOut) {
    return Templates.login(false, signedOut != null);
  }

  /** Where a failed sign-in lands. */
  @GET
  @Path("sign-in-failed")
  @Operation(hidden = true)
  public TemplateInstance failed() {
    return Templates.login(true, false);
  }

  @POST
  @Path("logout")
  @Operation(hidden = true)
  public Response logout(UriInfo uri) {
    NewCookie expired = new NewCookie.Builder(cookieName).path("/").maxAge(0).value("").httpOnly(true).build();
    return Response.seeOther(uri.getBaseUriBuilder().path("login").queryParam("signed-out", "1").build()).cookie(expired).build();
  }
}
