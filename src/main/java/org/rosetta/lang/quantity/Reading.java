package org.rosetta.lang.quantity;

import java.util.Optional;

/**
 * One way of reading a quantity: "8:46 p.m." reads as the time 20:46, "the 1980s" as 1980 and as
 * 80, "15 miles" as 15 and, converted, as 24.1 (km).
 *
 * @param kind what the value counts
 * @param value the number (a time as minutes after midnight)
 * @param unit the unit a conversion is in ("24.1" in km), empty for the value as written
 */
public record Reading(Kind kind, double value, Optional<Unit> unit) {
  /** What a reading counts: a plain number or a time of day. */
  public enum Kind {
    NUMBER,
    TIME
  }

  public static Reading number(double value) {
    return new Reading(Kind.NUMBER, value, Optional.empty());
  }

  public static Reading conversion(double value, Unit unit) {
    return new Reading(Kind.NUMBER, value, Optional.of(unit));
  }

  public static Reading time(int minutes) {
    return new Reading(Kind.TIME, Math.floorMod(minutes, 24 * 60), Optional.empty());
  }

  /** Whether the value is a unit conversion, which a translator rounds. */
  public boolean converted() {
    return unit.isPresent();
  }
}
