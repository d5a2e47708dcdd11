package org.rosetta.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rosetta.align.Link;
import org.rosetta.check.Finding;
import org.rosetta.check.Severity;
import org.rosetta.text.Lang;

/** Everything Rosetta found about one document: texts, alignments with English, findings. */
public record DocumentReport(
    String name, Map<Lang, TextReport> texts, Map<Lang, List<Link>> alignments, List<Finding> findings) {
  public DocumentReport {
    texts = Map.copyOf(new EnumMap<>(texts));
    alignments = alignments.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(alignments));
    findings = List.copyOf(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
