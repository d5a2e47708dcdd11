package org.rosetta.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Optional;
import java.util.function.Supplier;

/** Rows kept once by a unique index (an upload's name and content hash), however many requests store them at once. */
public final class UniqueRows {
  private UniqueRows() {}

  /**
   * Stores the row in a transaction of its own.
   *
   * @param stored finds the row a concurrent request stored between the caller's lookup and this insert
   * @return empty when this row was stored, else the one stored first
   */
  public static <T extends PanacheEntityBase> Optional<T> persistOrFind(T row, Supplier<T> stored) {
    try {
      QuarkusTransaction.requiringNew().run(row::persist);
      return Optional.empty();
    } catch (RuntimeException e) {
      T first = stored.get();
      if (first == null) {
        throw e;
      }
      return Optional.of(first);
    }
  }
}
