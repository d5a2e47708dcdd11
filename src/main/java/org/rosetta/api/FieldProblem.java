package org.rosetta.api;

/** Bad input in one field of a request; the problem response names the field. */
public class FieldProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final int status;

  public FieldProblem(String field, String message) {
    this(field, message, 400);
  }

  public FieldProblem(String field, String message, int status) {
    super(message);
    this.field = field;
    this.status = status;
  }

  public String field() {
    return field;
  }

  public int status() {
    return status;
  }
}
