package org.rosetta.report.mqm;

import java.util.List;
import java.util.Locale;
import org.rosetta.check.RuleId;

/**
 * Confirmed errors as ITS 2.0 Localization Quality Issues, the W3C markup CAT tools read in
 * XLIFF: a standoff {@code <its:locQualityIssues xml:id="…">} with one {@code <its:locQualityIssue>}
 * per error (its type, its severity from 0 to 100, a comment), referred to from the unit's target
 * by {@code its:locQualityIssuesRef}.
 */
public final class ItsQualityIssues {
  public static final String NAMESPACE = "http://www.w3.org/2005/11/its";

  private ItsQualityIssues() {}

  /** The attributes a unit's target (or source) gets: the namespace and the reference to the issues. */
  public static String reference(String id) {
    return " xmlns:its=\"" + NAMESPACE + "\" its:version=\"2.0\" its:locQualityIssuesRef=\"#" + id + "\"";
  }

  /** The standoff element listing the errors. */
  public static String issues(String id, List<ConfirmedError> errors) {
    StringBuilder out = new StringBuilder("<its:locQualityIssues xmlns:its=\"").append(NAMESPACE).append("\" xml:id=\"").append(id).append("\">");
    for (ConfirmedError error : errors) {
      out.append("<its:locQualityIssue locQualityIssueType=\"")
          .append(type(error))
          .append("\" locQualityIssueSeverity=\"")
          .append(severity(error.issue().severity()))
          .append("\" locQualityIssueComment=\"")
          .append(attribute(comment(error)))
          .append("\"/>");
    }
    return out.append("</its:locQualityIssues>").toString();
  }

  /** ITS's type for the rule, where it has one; MQM's dimension decides the rest. */
  static String type(ConfirmedError error) {
    switch (error.finding().rule()) {
      case ALIGNMENT_OMISSION, NAMES_MISSING, TRANSLATION_INCOMPLETE, ALIGNMENT_DISAGREEMENT:
        return "omission";
      case ALIGNMENT_ADDITION:
        return "addition";
      case UNTRANSLATED, UNTRANSLATED_WORD:
        return "untranslated";
      case NUMBERS_MISMATCH, NUMBERS_QUALIFIER, NUMBERS_CONVERTED:
        return "numbers";
      case WORDS_REPEATED:
        return "duplication";
      case PLACEHOLDERS_MISMATCH:
        return "markup";
      case LENGTH_OUTLIER:
        return "length";
      case TERMINOLOGY_INCONSISTENT:
        return "inconsistency";
      default:
        break;
    }
    return switch (error.issue().category()) {
      case TERMINOLOGY -> "terminology";
      case ACCURACY -> "mistranslation";
      case LINGUISTIC_CONVENTIONS -> "grammar";
      case STYLE -> "style";
      case LOCALE_CONVENTIONS -> "locale-violation";
      case DESIGN_AND_MARKUP -> "formatting";
    };
  }

  /** ITS rates severity from 0 to 100; MQM's three steps sit at a quarter, over half, and the top. */
  static int severity(MqmSeverity severity) {
    return switch (severity) {
      case MINOR -> 25;
      case MAJOR -> 60;
      case CRITICAL -> 100;
    };
  }

  private static String comment(ConfirmedError error) {
    return String.format(
        Locale.ROOT,
        "%s %s (%s): %s%s",
        error.issue().category().label(),
        error.issue().severity().code(),
        error.finding().rule().id(),
        error.finding().message(),
        error.note() == null ? "" : " Reviewer " + error.reviewer() + ": " + error.note());
  }

  private static String attribute(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
