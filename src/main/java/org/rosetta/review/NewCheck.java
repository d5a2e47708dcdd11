package org.rosetta.review;

import org.rosetta.text.Refusal;
import java.util.EnumMap;
import java.util.Map;
import org.rosetta.text.Lang;

/**
 * What a front door asks to check: decoded texts and, optionally, a glossary.
 *
 * @param texts decoded texts by language; English is required
 * @param glossaryId a stored glossary, or null
 * @param glossaryName file name of an inline glossary (its extension tells the format), or null
 * @param glossaryContent an inline glossary, or null
 */
public record NewCheck(
    String name, Map<Lang, String> texts, Long glossaryId, String glossaryName, String glossaryContent) {
  public NewCheck {
    texts = Map.copyOf(new EnumMap<>(texts));
    if (glossaryId != null && glossaryContent != null) {
      throw new Refusal("give either a stored glossary or an inline one, not both");
    }
  }
}
