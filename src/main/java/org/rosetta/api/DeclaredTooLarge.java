package org.rosetta.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose Content-Length is over the body limit gets the 413 as a problem document, like
 * every other error. Quarkus refuses such a request before any resource sees it, with an empty
 * body; and a client that asks first ({@code Expect: 100-continue}, as curl does for a large
 * upload) only ever sees that answer. This route runs just before Quarkus' own check.
 */
@ApplicationScoped
public class DeclaredTooLarge {
  private final long limit;
  private final String problem;

  public DeclaredTooLarge(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper mapper) throws JsonProcessingException {
    this.limit = limit.asLongValue();
    Problem tooLarge = Problem.of(413, "too-large", "The request is larger than the server accepts", null)
        .detail(String.format(Locale.ROOT, "the request body is larger than the limit of %.1f MB", this.limit / (1024.0 * 1024.0)));
    this.problem = mapper.writeValueAsString(tooLarge);
  }

  void install(@Observes Router router) {
    router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
      String declared = context.request().getHeader("Content-Length");
      if (declared != null && declared.chars().allMatch(Character::isDigit) && declared.length() < 19 && Long.parseLong(declared) > limit) {
        context.response()
            .setStatusCode(413)
            .putHeader("Content-Type", Problem.MEDIA_TYPE)
            // The body is not read: the connection cannot be used again.
            .putHeader("Connection", "close")
            .end(problem);
        return;
      }
      context.next();
    });
  }
}
