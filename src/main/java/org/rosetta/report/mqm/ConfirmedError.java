package org.rosetta.report.mqm;

import java.time.Instant;
import org.rosetta.check.Finding;

/** A finding a reviewer confirmed as an error of the translation, as the MQM scorecard and its TSV count it. */
public record ConfirmedError(Finding finding, MqmIssue issue, String reviewer, Instant decidedAt, String note) {}
