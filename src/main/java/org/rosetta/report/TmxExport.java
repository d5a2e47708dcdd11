package org.rosetta.report;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * TMX 1.4b: one translation unit per accepted or unreviewed link that pairs texts, English and
 * the translation as its two variants, the link's ids, score and verdict as properties.
 */
public final class TmxExport implements AlignmentExport {
  private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private final String toolVersion;

  public TmxExport(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  @Override
  public void write(String documentName, List<ReviewedLink> links, Writer out) throws IOException {
    XmlDocument.write(
        out,
        "TMX",
        xml -> {
          xml.writeStartElement("tmx");
          xml.writeAttribute("version", "1.4");
          xml.writeStartElement("header");
          xml.writeAttribute("creationtool", "Rosetta");
          xml.writeAttribute("creationtoolversion", toolVersion);
          xml.writeAttribute("segtype", "sentence");
          xml.writeAttribute("o-tmf", "Rosetta");
          xml.writeAttribute("adminlang", "en");
          xml.writeAttribute("srclang", "en");
          xml.writeAttribute("datatype", "plaintext");
          prop(xml, "x-document", documentName);
          xml.writeEndElement();
          xml.writeStartElement("body");
          for (ReviewedLink link : links) {
            if (link.isTranslationUnit()) {
              unit(xml, link);
            }
          }
          xml.writeCharacters("\n");
          xml.writeEndElement();
          xml.writeEndElement();
        });
  }

  private void unit(XMLStreamWriter xml, ReviewedLink link) throws XMLStreamException {
    xml.writeCharacters("\n");
    xml.writeStartElement("tu");
    xml.writeAttribute("tuid", link.lang().code() + ":" + link.sourceIds().replace(' ', '+') + "=" + link.targetIds().replace(' ', '+'));
    if (link.reviewedAt() != null) {
      xml.writeAttribute("changedate", TMX_DATE.format(link.reviewedAt()));
    }
    if (link.reviewer() != null) {
      xml.writeAttribute("changeid", link.reviewer());
    }
    prop(xml, "x-status", link.status());
    prop(xml, "x-score", String.format(java.util.Locale.ROOT, "%.3f", link.score()));
    prop(xml, "x-source-segments", link.sourceIds());
    prop(xml, "x-target-segments", link.targetIds());
    variant(xml, "en", link.sourceText());
    variant(xml, link.lang().code(), link.targetText());
    xml.writeEndElement();
  }

  private static void variant(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
    xml.writeStartElement("tuv");
    xml.writeAttribute("xml:lang", lang);
    xml.writeStartElement("seg");
    xml.writeCharacters(text);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void prop(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
    xml.writeStartElement("prop");
    xml.writeAttribute("type", type);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }
}
