package org.rosetta.lang.quantity;

/** What a unit measures; a quantity converts only to units of its own dimension. */
public enum Dimension {
  LENGTH,
  MASS,
  TEMPERATURE,
  SPEED,
  VOLUME,
  AREA
}
