package org.rosetta.api;

/** Texts of the OpenAPI document that several operations share. */
final class ApiDocs {
  /** What an operation answering a whole check answers (written as JSON text, so OpenAPI cannot see its type). */
  static final String CHECK = "The check: id, name, version, languages, glossary, review counts, then the report's documents and summary in the JSON contract (README), each link with its id, status, reviewer and version; then the decisions on its findings and the MQM scorecard of each translation";

  private ApiDocs() {}
}
