package org.rosetta.lang.quantity;

import java.util.Arrays;
import java.util.List;

/**
 * The units translators convert between, each with its factor to the dimension's base unit
 * (metre, kilogram, degree Celsius, kilometre an hour, litre, square metre). Temperatures are the
 * exception: Fahrenheit converts by offset as well as factor, and a bare "degrees" of an English
 * text may be either scale, so it converts both ways.
 */
public enum Unit {
  KILOMETRE(Dimension.LENGTH, 1000, "km"),
  METRE(Dimension.LENGTH, 1, "m"),
  CENTIMETRE(Dimension.LENGTH, 0.01, "cm"),
  MILLIMETRE(Dimension.LENGTH, 0.001, "mm"),
  MILE(Dimension.LENGTH, 1609.344, "miles"),
  YARD(Dimension.LENGTH, 0.9144, "yd"),
  FOOT(Dimension.LENGTH, 0.3048, "ft"),
  INCH(Dimension.LENGTH, 0.0254, "in"),
  TONNE(Dimension.MASS, 1000, "t"),
  KILOGRAM(Dimension.MASS, 1, "kg"),
  GRAM(Dimension.MASS, 0.001, "g"),
  SHORT_TON(Dimension.MASS, 907.18474, "tons"),
  POUND(Dimension.MASS, 0.45359237, "lb"),
  OUNCE(Dimension.MASS, 0.028349523, "oz"),
  CELSIUS(Dimension.TEMPERATURE, 1, "°C"),
  FAHRENHEIT(Dimension.TEMPERATURE, 1, "°F"),
  DEGREE(Dimension.TEMPERATURE, 1, "degrees"),
  KILOMETRE_PER_HOUR(Dimension.SPEED, 1, "km/h"),
  MILE_PER_HOUR(Dimension.SPEED, 1.609344, "mph"),
  KNOT(Dimension.SPEED, 1.852, "knots"),
  LITRE(Dimension.VOLUME, 1, "l"),
  MILLILITRE(Dimension.VOLUME, 0.001, "ml"),
  GALLON(Dimension.VOLUME, 3.785411784, "gal"),
  SQUARE_KILOMETRE(Dimension.AREA, 1_000_000, "km²"),
  SQUARE_METRE(Dimension.AREA, 1, "m²"),
  HECTARE(Dimension.AREA, 10_000, "ha"),
  DUNAM(Dimension.AREA, 1000, "dunams"),
  SQUARE_MILE(Dimension.AREA, 2_589_988.11, "sq mi"),
  ACRE(Dimension.AREA, 4046.8564224, "acres"),
  SQUARE_FOOT(Dimension.AREA, 0.09290304, "sq ft");

  private final Dimension dimension;
  private final double factor;
  private final String symbol;

  Unit(Dimension dimension, double factor, String symbol) {
    this.dimension = dimension;
    this.factor = factor;
    this.symbol = symbol;
  }

  public Dimension dimension() {
    return dimension;
  }

  /** How a message names the unit: "km", "miles", "°C". */
  public String symbol() {
    return symbol;
  }

  /** The other units of this dimension, into which a translation may have converted this one. */
  public List<Unit> counterparts() {
    return Arrays.stream(values()).filter(u -> u != this && u.dimension == dimension && u != DEGREE).toList();
  }

  /**
   * This unit's value in another unit of its dimension. A temperature gives the reading of an
   * absolute temperature; {@link #convertDifference} gives that of a difference ("10 degrees above
   * average").
   */
  public double convert(double value, Unit to) {
    if (dimension != Dimension.TEMPERATURE) {
      return value * factor / to.factor;
    }
    double celsius = this == FAHRENHEIT || this == DEGREE ? (value - 32) * 5 / 9 : value;
    return to == FAHRENHEIT ? celsius * 9 / 5 + 32 : celsius;
  }

  /** A temperature difference in another scale: Fahrenheit degrees are five ninths of Celsius. */
  public double convertDifference(double value, Unit to) {
    boolean fromF = this == FAHRENHEIT || this == DEGREE;
    boolean toF = to == FAHRENHEIT;
    return fromF == toF ? value : fromF ? value * 5 / 9 : value * 9 / 5;
  }
}
