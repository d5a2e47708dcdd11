package org.rosetta.text;

import java.util.Objects;

/**
 * The content of one language version of a document, as read from a file or a request.
 *
 * @param origin where the text came from (a file path, or a field name), for messages
 * @param content the text with any byte-order mark removed
 * @param headings where the document's format put headings; none for plain text
 */
public record SourceText(Lang lang, String origin, String content, Headings headings) {
  public SourceText {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(content, "content");
    origin = origin == null ? lang.code() : origin;
    headings = headings == null ? Headings.NONE : headings;
  }

  /** A text without headings, as plain text is. */
  public SourceText(Lang lang, String origin, String content) {
    this(lang, origin, content, Headings.NONE);
  }
}
