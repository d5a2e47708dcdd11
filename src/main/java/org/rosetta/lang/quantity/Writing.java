package org.rosetta.lang.quantity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a language writes what follows a number, each read right after it.
 *
 * @param units unit names, longer ones first
 * @param morning marks the hours before noon ("a.m.", "утра", "בבוקר")
 * @param afternoon marks the hours after noon ("p.m.", "вечера", "בערב")
 * @param andAHalf adds a half to the number or its unit ("and a half", "с половиной", "וחצי")
 */
public record Writing(List<UnitName> units, Pattern morning, Pattern afternoon, Pattern andAHalf) {
  public Writing {
    units = List.copyOf(units);
  }
}
