package org.rosetta.review;

import org.rosetta.text.Refusal;
import java.util.Map;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;

/**
 * What a front door asks to check: decoded texts and, optionally, a glossary.
 *
 * @param texts decoded texts (with their headings) by language; English is required unless a bilingual file is given
 * @param glossaryId a stored glossary, or null
 * @param glossaryName file name of an inline glossary (its extension tells the format), or null
 * @param glossaryContent an inline glossary, or null
 * @param bilingual a bilingual file to check unit by unit instead of texts, or null
 */
public record NewCheck(
    String name, Map<Lang, SourceText> texts, Long glossaryId, String glossaryName, String glossaryContent, BilingualUpload bilingual) {
  public NewCheck {
    texts = Lang.ordered(texts);
    if (glossaryId != null && glossaryContent != null) {
      throw new Refusal("give either a stored glossary or an inline one, not both");
    }
    if (bilingual != null && !texts.isEmpty()) {
      throw new Refusal("give either texts or a bilingual file, not both");
    }
  }

  /** A check of texts. */
  public NewCheck(String name, Map<Lang, SourceText> texts, Long glossaryId, String glossaryName, String glossaryContent) {
    this(name, texts, glossaryId, glossaryName, glossaryContent, null);
  }
}
