package org.rosetta.document;

import java.util.Optional;
import org.rosetta.text.Headings;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;

/**
 * A document's text as Rosetta checks it, and what its reader should know about the extraction.
 *
 * @param text the paragraphs (headings, list items, table cells) separated by blank lines
 * @param warning e.g. that a PDF's layout is lost; empty for most files
 * @param headings the paragraphs the format marks as headings (HTML h1–h6, ODF text:h)
 */
public record ExtractedText(String text, Optional<String> warning, Headings headings) {
  /** The text as one language version of a document, its headings with it. */
  public SourceText source(Lang lang, String origin) {
    return new SourceText(lang, origin, text, headings);
  }
}
