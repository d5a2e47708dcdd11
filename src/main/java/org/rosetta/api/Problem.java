package org.rosetta.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** An RFC 9457 problem document, with the fields at fault in {@code errors}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class Problem {
  public static final String MEDIA_TYPE = "application/problem+json";

  /** One field at fault. */
  public record FieldError(String field, String message) {}

  public final String type;
  public final String title;
  public final int status;
  public String detail;
  public final String instance;
  public final List<FieldError> errors = new ArrayList<>();

  private Problem(String type, String title, int status, String instance) {
    this.type = type;
    this.title = title;
    this.status = status;
    this.instance = instance;
  }

  static Problem of(int status, String kind, String title, UriInfo uri) {
    return new Problem("urn:rosetta:problem:" + kind, title, status, uri == null ? null : uri.getPath());
  }

  Problem detail(String text) {
    this.detail = text;
    return this;
  }

  Problem error(String field, String message) {
    errors.add(new FieldError(field, message));
    if (detail == null) {
      detail = message;
    }
    return this;
  }

  Response response() {
    return response(Response.status(status));
  }

  /** The problem as the body of an answer that needs more than its status (a header). */
  Response response(Response.ResponseBuilder builder) {
    return builder.type(MEDIA_TYPE).entity(this).build();
  }
}
