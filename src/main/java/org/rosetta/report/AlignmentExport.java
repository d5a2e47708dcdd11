package org.rosetta.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a check's reviewed alignment in a format that translation tools read. */
public interface AlignmentExport {
  /** @param links every link of every target language, in document order */
  void write(String documentName, List<ReviewedLink> links, Writer out) throws IOException;
}
