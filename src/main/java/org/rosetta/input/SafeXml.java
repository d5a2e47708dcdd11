package org.rosetta.input;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML readers for files users upload (glossaries, memories): no DTD, no entity expansion and
 * nothing external fetched, so a hostile file can neither read the server's files nor blow up.
 */
public final class SafeXml {
  private SafeXml() {}

  public static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setXMLResolver(
        (publicId, systemId, base, namespace) -> {
          throw new XMLStreamException("external entity '" + systemId + "' refused");
        });
    return factory;
  }

  /** The parser's own words, without the location prefix it repeats. */
  public static String cleanMessage(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int marker = message.lastIndexOf("Message: ");
    return marker >= 0 ? message.substring(marker + "Message: ".length()).strip() : message.strip();
  }

  public static int lineOf(XMLStreamException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
  }

  public static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // Closing a reader over a string frees nothing that matters.
      }
    }
  }
}
