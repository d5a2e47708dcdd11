package org.rosetta.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.rosetta.check.Finding;
import org.rosetta.check.RuleId;
import org.rosetta.check.Severity;
import org.rosetta.text.Lang;

/**
 * JUnit XML, which every CI server shows as a test report: a test suite per document and a test
 * case per language and rule, failed when the rule has findings at or above the fail-on severity.
 * Informational rules are left out, so the set of test cases is stable from run to run.
 */
public final class JUnitReportWriter implements ReportWriter {
  private final Severity failOn;

  /** @param failOn findings at or above this severity fail a test case; null: none do */
  public JUnitReportWriter(Severity failOn) {
    this.failOn = failOn;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "rosetta");
      for (DocumentReport doc : report.documents()) {
        suite(xml, doc);
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("could not write the JUnit report: " + e.getMessage(), e);
    }
  }

  private void suite(XMLStreamWriter xml, DocumentReport doc) throws XMLStreamException {
    List<RuleId> rules = java.util.Arrays.stream(RuleId.values()).filter(r -> !r.informational()).toList();
    List<Lang> langs = doc.texts().keySet().stream().sorted().toList();
    int tests = 0;
    int failures = 0;
    for (Lang lang : langs) {
      for (RuleId rule : rules) {
        tests++;
        failures += failing(doc, lang, rule).isEmpty() ? 0 : 1;
      }
    }
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", doc.name());
    xml.writeAttribute("tests", Integer.toString(tests));
    xml.writeAttribute("failures", Integer.toString(failures));
    xml.writeAttribute("errors", "0");
    for (Lang lang : langs) {
      for (RuleId rule : rules) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "rosetta." + doc.name());
        xml.writeAttribute("name", rule.id() + " [" + lang.code() + "]");
        List<Finding> failing = failing(doc, lang, rule);
        if (!failing.isEmpty()) {
          xml.writeStartElement("failure");
          xml.writeAttribute("type", rule.id());
          xml.writeAttribute("message", failing.size() + " finding(s): " + failing.get(0).message());
          StringBuilder body = new StringBuilder();
          failing.forEach(f -> body.append(f.severity().code()).append(": ").append(f.message()).append('\n'));
          xml.writeCharacters(body.toString());
          xml.writeEndElement();
        }
        xml.writeEndElement();
      }
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private List<Finding> failing(DocumentReport doc, Lang lang, RuleId rule) {
    return doc.findings().stream()
        .filter(f -> f.rule() == rule && f.language() == lang && failOn != null && f.severity().atLeast(failOn))
        .toList();
  }
}
