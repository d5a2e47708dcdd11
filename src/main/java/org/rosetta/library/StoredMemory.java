package org.rosetta.library;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An uploaded translation memory, kept as uploaded so that it can be learned again. */
@Entity
@Table(name = "translation_memory")
public class StoredMemory extends StoredUpload {
  /** Units that pair English with Russian or Hebrew. */
  public int units;
}
