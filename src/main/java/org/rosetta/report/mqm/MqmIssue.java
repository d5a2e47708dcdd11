package org.rosetta.report.mqm;

import org.rosetta.check.Finding;
import org.rosetta.check.RuleId;

/**
 * What a confirmed finding counts as in an MQM scorecard: its error dimension and severity. A
 * reviewer may say otherwise when confirming; these are the defaults, as translation quality
 * evaluation usually rates such errors.
 */
public record MqmIssue(MqmCategory category, MqmSeverity severity) {
  /**
   * The default for a rule: a sentence or a name or number lost or added is a major accuracy
   * error, a sentence left in English a critical one (the reader gets nothing), a word left in
   * English or a sentence cut short major, a term minor or major as the glossary cares, repeated
   * words and placeholders as conventions and markup.
   */
  /** The default for a finding's rule; a rule this version does not know counts as a minor accuracy error. */
  public static MqmIssue defaultFor(Finding finding) {
    return defaultFor(finding.rule());
  }

  public static MqmIssue defaultFor(RuleId rule) {
    return switch (rule) {
      case ALIGNMENT_OMISSION, ALIGNMENT_ADDITION, ALIGNMENT_DISAGREEMENT, ALIGNMENT_MISALIGNED_UNIT, NUMBERS_MISMATCH, NAMES_MISSING, TRANSLATION_INCOMPLETE ->
          new MqmIssue(MqmCategory.ACCURACY, MqmSeverity.MAJOR);
      case UNTRANSLATED, LANGUAGE_UNEXPECTED -> new MqmIssue(MqmCategory.ACCURACY, MqmSeverity.CRITICAL);
      case UNTRANSLATED_WORD, NUMBERS_QUALIFIER -> new MqmIssue(MqmCategory.ACCURACY, MqmSeverity.MAJOR);
      // A length, a merge or an uncertain link confirmed as an error is what the reviewer found there.
      case LENGTH_OUTLIER, ALIGNMENT_MERGE, ALIGNMENT_SPLIT, ALIGNMENT_UNCERTAIN, NUMBERS_CONVERTED -> new MqmIssue(MqmCategory.ACCURACY, MqmSeverity.MINOR);
      case TERMINOLOGY_MISSING, TERMINOLOGY_FORBIDDEN -> new MqmIssue(MqmCategory.TERMINOLOGY, MqmSeverity.MAJOR);
      case TERMINOLOGY_COUNT, TERMINOLOGY_INCONSISTENT -> new MqmIssue(MqmCategory.TERMINOLOGY, MqmSeverity.MINOR);
      case WORDS_REPEATED -> new MqmIssue(MqmCategory.LINGUISTIC_CONVENTIONS, MqmSeverity.MINOR);
      case PLACEHOLDERS_MISMATCH -> new MqmIssue(MqmCategory.DESIGN_AND_MARKUP, MqmSeverity.MAJOR);
    };
  }
}
