package org.rosetta.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.rosetta.review.StaleUpdate;
import org.rosetta.store.NotFound;
import org.rosetta.text.InputException;
import org.rosetta.text.Refusal;

/**
 * Every error as {@code application/problem+json} (RFC 9457), naming the field where there is
 * one. Bad input is never a 500: only a fault of ours is, and it is logged with its stack trace.
 */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response field(FieldProblem e, UriInfo uri) {
    return Problem.of(e.status(), "invalid-input", "The request has a field that cannot be used", uri)
        .error(e.field(), e.getMessage())
        .response();
  }

  @ServerExceptionMapper
  public Response input(InputException e, UriInfo uri) {
    return Problem.of(400, "invalid-input", "The request has input that cannot be used", uri).error(e.source(), e.getMessage()).response();
  }

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e, UriInfo uri) {
    Problem problem = Problem.of(400, "validation", "The request is not valid", uri);
    List<ConstraintViolation<?>> violations =
        e.getConstraintViolations().stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
    for (ConstraintViolation<?> v : violations) {
      problem.error(field(v.getPropertyPath()), v.getMessage());
    }
    return problem.response();
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    return Problem.of(400, "malformed-json", "The request body is not the JSON expected", uri)
        .detail(e.getOriginalMessage() + where)
        .response();
  }

  /**
   * Well-formed JSON of the wrong shape: names the field and what it must be, not Jackson's Java
   * types. (Quarkus' own mapper would answer a bare 400 without a body.)
   */
  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e, UriInfo uri) {
    String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    String field = e.getPath().stream()
        .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
        .collect(java.util.stream.Collectors.joining(".")).replace(".[", "[");
    String expected = "must be " + jsonKind(e.getTargetType()) + where;
    Problem problem = Problem.of(400, "malformed-json", "The request body is not the JSON expected", uri);
    return (field.isEmpty() ? problem.detail("the body " + expected) : problem.error(field, expected)).response();
  }

  /** What a Java type is called in JSON. */
  private static String jsonKind(Class<?> type) {
    if (type == null) {
      return "another kind of JSON value";
    }
    if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "a JSON object";
  }

  @ServerExceptionMapper
  public Response unparsable(JsonParseException e, UriInfo uri) {
    return json(e, uri);
  }

  /**
   * No account, or a wrong password or a disabled user: the API answers 401 with a Basic
   * challenge (scripts and CI sign in so); a page sends the browser to the sign-in form.
   */
  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e, UriInfo uri) {
    if (DatabaseDown.causes(e)) {
      // Signing in reads the user; with the database away that is not the user's fault.
      return databaseDown(uri);
    }
    if (uri.getPath().equals("/j_security_check")) {
      // Authentication is lazy (not proactive), so a refused sign-in form ends up here.
      return Response.seeOther(uri.getBaseUriBuilder().path("sign-in-failed").build()).build();
    }
    if (!uri.getPath().startsWith("/api/")) {
      return Response.seeOther(uri.getBaseUriBuilder().path("login").build()).build();
    }
    return Problem.of(401, "unauthorized", "Sign in first", uri)
        .detail("this needs an account: HTTP Basic with your user name and password, or the session of the sign-in page")
        .response(Response.status(401).header("WWW-Authenticate", "Basic realm=\"Rosetta\", charset=\"UTF-8\""));
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return Problem.of(403, "forbidden", "Your role does not allow this", uri)
        .detail("reviewers check and review; leads also delete checks and manage glossaries and memories; admins also manage users")
        .response();
  }

  @ServerExceptionMapper
  public Response notFound(NotFound e, UriInfo uri) {
    return Problem.of(404, "not-found", "Not found", uri).detail(e.getMessage()).response();
  }

  @ServerExceptionMapper
  public Response stale(StaleUpdate e, UriInfo uri) {
    return Problem.of(409, "stale-update", "Someone else changed this first", uri).detail(e.getMessage()).response();
  }

  @ServerExceptionMapper
  public Response refused(Refusal e, UriInfo uri) {
    return Problem.of(400, "invalid-request", "The request cannot be carried out", uri).detail(e.getMessage()).response();
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    // RESTEasy Reactive reports a body Jackson could not read as a bare 400; say where it broke.
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof JsonProcessingException json) {
        return json(json, uri);
      }
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      LOG.error("request failed", e);
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    return Problem.of(status, "http-" + status, known == null ? "Error" : known.getReasonPhrase(), uri)
        .detail(e.getMessage())
        .response();
  }

  /** The body could not be read: too large for the configured limit, or the client went away. */
  @ServerExceptionMapper
  public Response unreadable(IOException e, UriInfo uri) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("too large")) {
      return Problem.of(413, "too-large", "The request is larger than the server accepts", uri).detail(message).response();
    }
    LOG.warn("request body could not be read: " + message);
    return Problem.of(400, "unreadable", "The request body could not be read", uri).detail(message).response();
  }

  /** A fault of ours: logged with an incident id that the answer gives, so a user's report finds the stack trace. */
  @ServerExceptionMapper
  public Response unexpected(Exception e, UriInfo uri) {
    if (fromFormParser(e)) {
      return Problem.of(400, "invalid-form", "The form cannot be read", uri).detail(e.getMessage()).response();
    }
    if (DatabaseDown.causes(e)) {
      return databaseDown(uri);
    }
    String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
    LOG.errorf(e, "request failed (incident %s): %s", incident, uri.getPath());
    return Problem.of(500, "internal", "Internal error", uri)
        .detail("an internal error occurred; it has been logged as incident " + incident)
        .response();
  }

  /** The database cannot be reached (restarting, failing over): a 503 the client may retry, not our bug. */
  private static Response databaseDown(UriInfo uri) {
    LOG.warn("request failed: the database cannot be reached (" + uri.getPath() + ")");
    return Problem.of(503, "database-unavailable", "The database cannot be reached", uri)
        .detail("the service cannot reach its database just now; nothing was stored; retry in a few seconds")
        .response(Response.status(503).header("Retry-After", DatabaseDown.RETRY_AFTER_SECONDS));
  }

  /**
   * RESTEasy Reactive's multipart parser refuses a form of more parts than {@code
   * quarkus.http.limits.max-parameters} with a bare RuntimeException ("Param limit of 1000 was
   * exceeded"): the user's error, not ours. Quarkus answers it as a 400 itself from its PR 54698 on,
   * which 3.33.2 does not have; drop this then.
   */
  private static boolean fromFormParser(Exception e) {
    StackTraceElement[] trace = e.getStackTrace();
    return e.getClass() == RuntimeException.class
        && trace.length > 0
        && trace[0].getClassName().startsWith("org.jboss.resteasy.reactive.server.core.multipart.");
  }

  private static String field(Path path) {
    String name = "";
    for (Path.Node node : path) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        name = node.getName();
      }
    }
    return name;
  }
}
