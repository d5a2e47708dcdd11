package org.rosetta.library;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An uploaded glossary, kept as uploaded so that checks can be re-run against it. */
@Entity
@Table(name = "glossary")
public class StoredGlossary extends StoredUpload {
  public int concepts;
}
