package org.rosetta.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rosetta.lang.quantity.Quantity;
import org.rosetta.lang.quantity.Reading;
import org.rosetta.lang.quantity.Unit;

/**
 * Pairs the quantities of an English passage with those of its translation, each used once: a
 * maximum bipartite matching (augmenting paths), in which digits are served before words so that
 * a number word never takes the only match of a number in digits.
 */
final class QuantityMatch {
  /** A translator's rounding of a converted quantity: 6 ft 6 in as 1.82 m (8% off) is a slip. */
  static final double CONVERSION_TOLERANCE = 0.07;

  private QuantityMatch() {}

  /**
   * Matches source quantities to target quantities; returns for each source index the target
   * index it is paired with, or -1.
   */
  static int[] match(List<Quantity> source, List<Quantity> target) {
    int[] sourceOf = new int[target.size()];
    Arrays.fill(sourceOf, -1);
    int[] targetOf = new int[source.size()];
    Arrays.fill(targetOf, -1);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < source.size(); i++) {
      if (source.get(i).checked()) {
        order.add(i);
      }
    }
    for (int i = 0; i < source.size(); i++) {
      if (!source.get(i).checked()) {
        order.add(i);
      }
    }
    for (int s : order) {
      augment(s, source, target, sourceOf, targetOf, new boolean[target.size()]);
    }
    return targetOf;
  }

  private static boolean augment(int s, List<Quantity> source, List<Quantity> target, int[] sourceOf, int[] targetOf, boolean[] seen) {
    for (int t : candidates(source.get(s), target)) {
      if (seen[t]) {
        continue;
      }
      seen[t] = true;
      if (sourceOf[t] < 0 || augment(sourceOf[t], source, target, sourceOf, targetOf, seen)) {
        sourceOf[t] = s;
        targetOf[s] = t;
        return true;
      }
    }
    return false;
  }

  /** The targets a source quantity may be paired with: digits first, exact before converted. */
  private static List<Integer> candidates(Quantity s, List<Quantity> target) {
    List<Integer> exactDigits = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    for (int t = 0; t < target.size(); t++) {
      Optional<Reading> how = how(s, target.get(t));
      if (how.isEmpty()) {
        continue;
      }
      (target.get(t).checked() && !how.get().converted() ? exactDigits : rest).add(t);
    }
    exactDigits.addAll(rest);
    return exactDigits;
  }

  /** The reading of the source quantity that the target renders, if any. */
  static Optional<Reading> how(Quantity source, Quantity target) {
    boolean otherUnit = otherUnit(source, target);
    for (Reading s : source.readings()) {
      if (otherUnit && !s.converted()) {
        continue;
      }
      if (s.converted() && target.unit().isPresent() && !s.unit().equals(target.unit()) && target.unit().get() != Unit.DEGREE) {
        continue;
      }
      for (Reading t : target.readings()) {
        if (!t.converted() && agree(s, t, target.precision())) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether both name units of one dimension and the units differ: "385 miles" is not "385 км",
   * only "620 км" renders it. English "degrees" may be either scale, so it is not another unit.
   */
  private static boolean otherUnit(Quantity source, Quantity target) {
    if (source.unit().isEmpty() || target.unit().isEmpty()) {
      return false;
    }
    Unit from = source.unit().get();
    Unit to = target.unit().get();
    return from != to && from.dimension() == to.dimension() && from != Unit.DEGREE && to != Unit.DEGREE;
  }

  /** Whether a target's number is one of a source's companions (the century of a decade...). */
  static boolean accompanies(Quantity source, Quantity target) {
    for (Reading c : source.companions()) {
      for (Reading t : target.readings()) {
        if (!t.converted() && agree(c, t, target.precision())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether two quantities of one text state the same amount in two units ("45 miles (72 km)"). */
  static boolean restate(Quantity a, Quantity b) {
    return a.unit().isPresent() && b.unit().isPresent() && a.unit().get() != b.unit().get() && (how(a, b).isPresent() || how(b, a).isPresent());
  }

  private static boolean agree(Reading s, Reading t, double precision) {
    if (s.kind() != t.kind()) {
      return false;
    }
    double diff = Math.abs(s.value() - t.value());
    if (s.converted()) {
      return diff <= Math.max(CONVERSION_TOLERANCE * Math.abs(s.value()), precision) && diff <= Math.abs(s.value()) / 2;
    }
    return diff <= 1e-9 * Math.max(1, Math.abs(s.value()));
  }
}
