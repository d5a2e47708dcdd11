package org.rosetta.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rosetta.check.Finding;
import org.rosetta.check.Severity;

/** The result of one run: one or more documents. */
public record Report(List<DocumentReport> documents) {
  public Report {
    documents = List.copyOf(documents);
  }

  public long count(Severity severity) {
    return documents.stream().mapToLong(d -> d.count(severity)).sum();
  }

  /** Whether any finding is at least as severe as {@code threshold}. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return documents.stream().flatMap(d -> d.findings().stream()).anyMatch(f -> f.severity().atLeast(threshold));
  }

  /** Number of findings per rule id, sorted by rule id. */
  public Map<String, Integer> countByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    documents.stream().flatMap(d -> d.findings().stream()).map(f -> f.rule().id()).forEach(r -> counts.merge(r, 1, Integer::sum));
    return counts;
  }
}
