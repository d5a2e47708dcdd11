package org.rosetta.memory;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The parts of TMX 1.4b that Rosetta writes alike wherever it writes a memory: the header's
 * attributes, a property, a variant. A memory built from an archive ({@link TmxMemoryWriter}) and
 * a reviewed check's export ({@code report.TmxExport}) so read the same to a CAT tool.
 */
public final class TmxElements {
  private TmxElements() {}

  /** The attributes of the {@code header} element just started: Rosetta's, English the source, sentences the units. */
  public static void headerAttributes(XMLStreamWriter xml, String toolVersion) throws XMLStreamException {
    xml.writeAttribute("creationtool", "Rosetta");
    xml.writeAttribute("creationtoolversion", toolVersion);
    xml.writeAttribute("segtype", "sentence");
    xml.writeAttribute("o-tmf", "Rosetta");
    xml.writeAttribute("adminlang", "en");
    xml.writeAttribute("srclang", "en");
    xml.writeAttribute("datatype", "plaintext");
  }

  public static void prop(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
    xml.writeStartElement("prop");
    xml.writeAttribute("type", type);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  /** One language's text of a unit: a {@code tuv} with its {@code seg}. */
  public static void variant(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
    xml.writeStartElement("tuv");
    xml.writeAttribute("xml:lang", lang);
    xml.writeStartElement("seg");
    xml.writeCharacters(text);
    xml.writeEndElement();
    xml.writeEndElement();
  }
}
