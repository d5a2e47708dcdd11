package org.rosetta.check;

import java.util.List;
import java.util.Objects;
import org.rosetta.text.Lang;
import org.rosetta.text.SegmentId;
import org.rosetta.text.Span;

/**
 * Something a translator should look at.
 *
 * @param rule the rule, whose stable id ({@code terminology.missing}) reports write
 * @param language the translation concerned, or English
 * @param segments the segments involved, source first
 * @param spans exact code-point ranges to highlight (may be empty)
 * @param expected what the rule expected, e.g. the approved term; null when not applicable
 * @param found what was there instead; null when not applicable
 * @param suggestions replacements ready to paste in place of {@code found} (the approved terms
 *     inflected like the forbidden one), best first; empty when the rule has none
 */
public record Finding(
    RuleId rule,
    Severity severity,
    Lang language,
    List<SegmentId> segments,
    List<Span> spans,
    String message,
    String expected,
    String found,
    List<String> suggestions) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(message, "message");
    segments = List.copyOf(segments);
    spans = List.copyOf(spans);
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
  }

  /** A finding without suggestions. */
  public Finding(
      RuleId rule, Severity severity, Lang language, List<SegmentId> segments, List<Span> spans, String message, String expected, String found) {
    this(rule, severity, language, segments, spans, message, expected, found, List.of());
  }
}
