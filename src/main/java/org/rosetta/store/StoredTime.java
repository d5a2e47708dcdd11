package org.rosetta.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current time as the database keeps it: to the microsecond, the precision of PostgreSQL's and
 * H2's timestamps (the JVM's clock has nanoseconds, which H2 rounds and PostgreSQL cuts). An
 * answer that shows a time it has just stored then shows what reading it back gives.
 */
public final class StoredTime {
  private StoredTime() {}

  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
