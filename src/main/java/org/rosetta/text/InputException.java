package org.rosetta.text;

/**
 * Bad input a user can fix: names the source (file or field), and the line when one is known.
 * Front doors show {@link #getMessage()} as is, never a stack trace.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  public InputException(String source, int line, String problem) {
    super(format(source, line, problem));
    this.source = source;
    this.line = line;
  }

  public InputException(String source, String problem) {
    this(source, 0, problem);
  }

  public InputException(String source, String problem, Throwable cause) {
    this(source, 0, problem, cause);
  }

  public InputException(String source, int line, String problem, Throwable cause) {
    super(format(source, line, problem), cause);
    this.source = source;
    this.line = line;
  }

  public String source() {
    return source;
  }

  /** 1-based line of the problem, or 0 when it concerns the whole source. */
  public int line() {
    return line;
  }

  /**
   * A file a parser gave up on: its deepest cause says what it found ("Content is not allowed in
   * prolog", "Unexpected end of ZIP file"), the wrappers around it only where.
   *
   * @param what what the file was read as, e.g. "a Word document (DOCX)"
   */
  public static InputException unreadable(String source, String what, Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String found = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new InputException(source, "could not be read as " + what + ": " + found, cause);
  }

  private static String format(String source, int line, String problem) {
    return source + (line > 0 ? ":" + line : "") + ": " + problem;
  }
}
