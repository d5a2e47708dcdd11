package org.rosetta.report;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes one XML document with a streaming writer, which escapes all text and attributes. */
final class XmlDocument {
  /** The document's root element and everything in it. */
  @FunctionalInterface
  interface Content {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private XmlDocument() {}

  static void write(Writer out, String format, Content content) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      content.write(xml);
      xml.writeEndDocument();
      xml.close();
      out.write('\n');
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + format + ": " + e.getMessage(), e);
    }
  }
}
