package org.rosetta.review;

import java.util.List;
import java.util.Map;
import org.rosetta.text.Lang;

/** A check just stored, with its links as stored (ids included), by language in alignment order. */
public record CreatedCheck(StoredCheck check, Map<Lang, List<StoredLink>> links) {}
