package org.rosetta.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.rosetta.setup.RosettaConfig;

/**
 * The organisations' OpenID Connect providers a user can sign in through on the sign-in page: every
 * tenant configured as a web application ({@code quarkus.oidc.<tenant>.application-type=web-app}
 * or {@code hybrid}) and not switched off. Read from the configuration, so adding an organisation
 * is configuration only.
 */
final class SignInProviders {
  private static final Pattern APPLICATION_TYPE = Pattern.compile("quarkus\\.oidc\\.([A-Za-z0-9_-]+)\\.application-type");

  private SignInProviders() {}

  /** A provider as the sign-in page links to it. */
  record Provider(String tenant, String label) {
    public String path() {
      return "/sign-in/oidc/" + tenant;
    }
  }

  /** @param labels what the buttons say, by tenant ({@code rosetta.sign-in.<tenant>.label}); the tenant's name otherwise */
  static List<Provider> of(Config config, Map<String, RosettaConfig.SignIn> labels) {
    TreeSet<String> tenants = new TreeSet<>();
    for (String name : config.getPropertyNames()) {
      Matcher m = APPLICATION_TYPE.matcher(name);
      if (!m.matches()) {
        continue;
      }
      String tenant = m.group(1);
      String type = config.getOptionalValue(name, String.class).orElse("service").toLowerCase(Locale.ROOT);
      boolean enabled = config.getOptionalValue("quarkus.oidc." + tenant + ".tenant-enabled", Boolean.class).orElse(true);
      if (enabled && (type.equals("web-app") || type.equals("hybrid"))) {
        tenants.add(tenant);
      }
    }
    return tenants.stream().map(t -> new Provider(t, labels.containsKey(t) ? labels.get(t).label() : t)).toList();
  }
}
