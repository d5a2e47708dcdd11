package org.rosetta.report;

/**
 * A text made safe for a spreadsheet cell (OWASP, "CSV injection"): Excel and LibreOffice run a
 * cell that starts with =, +, -, @, a tab or a carriage return as a formula, so a translation
 * holding {@code =HYPERLINK(...)} would become a live link or command. Such a cell gets a leading
 * apostrophe, which spreadsheets show as text and do not display.
 */
public final class SpreadsheetCell {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetCell() {}

  public static String safe(String text) {
    if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0) {
      return text;
    }
    return "'" + text;
  }
}
