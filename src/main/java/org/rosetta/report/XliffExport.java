package org.rosetta.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.rosetta.text.Lang;

/**
 * XLIFF 2.1 for one target language (XLIFF has one target language per file): one unit per
 * link that pairs texts and was not rejected, accepted links in state "reviewed"; and one unit
 * without a target, in state "initial", per English sentence the translation leaves out, so the
 * CAT tool shows it to be translated.
 */
public final class XliffExport implements AlignmentExport {
  private static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
  private final Lang target;

  public XliffExport(Lang target) {
    this.target = target;
  }

  @Override
  public void write(String documentName, List<ReviewedLink> links, Writer out) throws IOException {
    XmlDocument.write(
        out,
        "XLIFF",
        xml -> {
          xml.setDefaultNamespace(NS);
          xml.writeStartElement(NS, "xliff");
          xml.writeDefaultNamespace(NS);
          xml.writeAttribute("version", "2.1");
          xml.writeAttribute("srcLang", "en");
          xml.writeAttribute("trgLang", target.code());
          xml.writeStartElement(NS, "file");
          xml.writeAttribute("id", "f1");
          xml.writeAttribute("original", documentName);
          for (ReviewedLink link : links) {
            if (link.lang() == target && link.isTranslationUnit()) {
              unit(xml, link);
            } else if (link.lang() == target && link.isOmission()) {
              untranslated(xml, link);
            }
          }
          xml.writeEndElement();
          xml.writeEndElement();
        });
  }

  private static void unit(XMLStreamWriter xml, ReviewedLink link) throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeStartElement(NS, "unit");
    xml.writeAttribute("id", link.source().get(0).id().toString());
    xml.writeStartElement(NS, "notes");
    note(xml, "rosetta-score", String.format(Locale.ROOT, "%.3f", link.score()));
    note(xml, "rosetta-segments", link.sourceIds() + " = " + link.targetIds());
    if (link.reviewer() != null) {
      note(xml, "rosetta-reviewer", link.reviewer());
    }
    xml.writeEndElement();
    xml.writeStartElement(NS, "segment");
    xml.writeAttribute("state", "accepted".equals(link.status()) ? "reviewed" : "translated");
    xml.writeStartElement(NS, "source");
    xml.writeCharacters(link.sourceText());
    xml.writeEndElement();
    xml.writeStartElement(NS, "target");
    xml.writeCharacters(link.targetText());
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void untranslated(XMLStreamWriter xml, ReviewedLink link) throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeStartElement(NS, "unit");
    xml.writeAttribute("id", link.source().get(0).id().toString());
    xml.writeStartElement(NS, "notes");
    note(xml, "rosetta-omission", link.sourceIds() + " has no counterpart in the translation");
    xml.writeEndElement();
    xml.writeStartElement(NS, "segment");
    xml.writeAttribute("state", "initial");
    xml.writeStartElement(NS, "source");
    xml.writeCharacters(link.sourceText());
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void note(XMLStreamWriter xml, String category, String text) throws XMLStreamException {
    xml.writeStartElement(NS, "note");
    xml.writeAttribute("category", category);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }
}
