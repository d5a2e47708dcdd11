package org.rosetta.api;

import java.util.List;

/** A list answered as {@code {"items": [...]}}, so that fields can be added beside it later. */
public record Items<T>(List<T> items) {
  public Items {
    items = List.copyOf(items);
  }
}
