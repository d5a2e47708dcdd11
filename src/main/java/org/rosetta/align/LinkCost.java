package org.rosetta.align;

/** The cost (negative log-likelihood, lower is better) of one candidate link. */
@FunctionalInterface
public interface LinkCost {
  /** Cost of linking source {@code [i, i+a)} with target {@code [j, j+b)}. */
  double cost(int i, int a, int j, int b);
}
