package org.rosetta.account;

import java.util.List;

/**
 * The roles of the service, each allowed what the one before is: a {@link #REVIEWER} creates
 * checks, reviews and exports; a {@link #LEAD} also deletes checks and manages glossaries and
 * memories; an {@link #ADMIN} also manages users. Constants, since security annotations need
 * them; an endpoint names every role allowed.
 */
public final class Roles {
  public static final String REVIEWER = "reviewer";
  public static final String LEAD = "lead";
  public static final String ADMIN = "admin";

  /** Every role, lowest first. */
  public static final List<String> ALL = List.of(REVIEWER, LEAD, ADMIN);

  private Roles() {}

  /** Whether a name is one of the roles. */
  public static boolean exists(String role) {
    return ALL.contains(role);
  }
}
