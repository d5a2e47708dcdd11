package org.rosetta.review;

import java.util.Locale;

/** What a change to a check was, as its history names it. */
public enum CheckAction {
  CREATED,
  VERDICT,
  RELINK,
  MERGE,
  SPLIT,
  REALIGN,
  FINDING,
  DELETED;

  /** The name in the history's JSON and in the database: {@code created}, {@code verdict}, … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
