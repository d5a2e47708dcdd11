package org.rosetta.memory;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.rosetta.text.Lang;

/**
 * TMX 1.4b written a unit at a time: one {@code tu} per English text, with a {@code tuv} for it
 * and for each translation that renders exactly it, so where Russian and Hebrew pair the same
 * English sentences the unit holds all three. Each unit's document, and each translation's link
 * score and shape, are {@code prop}s.
 */
final class TmxMemoryWriter implements MemoryWriter {
  private static final Pattern ILLEGAL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
  private final XMLStreamWriter xml;

  TmxMemoryWriter(OutputStream out, String toolVersion) throws IOException {
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("tmx");
      xml.writeAttribute("version", "1.4");
      xml.writeCharacters("\n");
      xml.writeEmptyElement("header");
      TmxElements.headerAttributes(xml, toolVersion);
      xml.writeCharacters("\n");
      xml.writeStartElement("body");
    } catch (XMLStreamException e) {
      throw new IOException("the TMX cannot be started: " + e.getMessage(), e);
    }
  }

  @Override
  public void write(Unit unit) throws IOException {
    try {
      xml.writeCharacters("\n");
      xml.writeStartElement("tu");
      prop("x-document", unit.document());
      for (Lang lang : Lang.targets()) {
        if (unit.texts().containsKey(lang)) {
          prop("x-" + lang.code() + "-score", String.format(Locale.ROOT, "%.3f", unit.scores().get(lang)));
          prop("x-" + lang.code() + "-shape", unit.shapes().get(lang));
        }
      }
      for (Lang lang : Lang.values()) {
        String text = unit.texts().get(lang);
        if (text != null) {
          TmxElements.variant(xml, lang.code(), legal(text));
        }
      }
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IOException("a unit cannot be written: " + e.getMessage(), e);
    }
  }

  private void prop(String type, String value) throws XMLStreamException {
    TmxElements.prop(xml, type, legal(value));
  }

  /**
   * The text without the control characters XML 1.0 cannot carry even escaped (a form feed in a
   * text file): written as they are, they make a TMX no reader opens.
   */
  static String legal(String text) {
    return ILLEGAL.matcher(text).replaceAll(" ");
  }

  @Override
  public void close() throws IOException {
    try {
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("the TMX cannot be ended: " + e.getMessage(), e);
    }
  }
}
