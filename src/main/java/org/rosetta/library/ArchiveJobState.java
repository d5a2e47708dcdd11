package org.rosetta.library;

import java.util.Locale;

/** Where an uploaded archive's alignment into memory stands. */
public enum ArchiveJobState {
  QUEUED,
  RUNNING,
  DONE,
  FAILED;

  /** As the API writes it. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
