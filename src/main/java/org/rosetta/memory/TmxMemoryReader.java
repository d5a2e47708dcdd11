package org.rosetta.memory;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rosetta.input.SafeXml;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;

/**
 * Reads TMX 1.4b: every {@code tu} with an English {@code tuv} and a Russian or Hebrew one is a
 * unit; others (a French-only unit of a larger memory) are skipped. The text of a {@code seg} is
 * its characters and those of {@code hi}; the native codes inside {@code bpt}, {@code ept},
 * {@code ph}, {@code it} and the sub-flows of {@code sub} are formatting, not text. A DOCTYPE is
 * refused.
 */
final class TmxMemoryReader {
  private static final Set<String> CODES = Set.of("bpt", "ept", "ph", "it", "ut", "sub");

  private TmxMemoryReader() {}

  static TranslationMemory read(String origin, String content) {
    List<MemoryUnit> units = new ArrayList<>();
    XMLStreamReader xml = null;
    boolean sawTmx = false;
    try {
      xml = SafeXml.factory().createXMLStreamReader(new StringReader(content));
      Map<Lang, String> unit = null;
      Optional<Lang> lang = Optional.empty();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new InputException(
              origin, xml.getLocation().getLineNumber(), "has a DOCTYPE declaration; DTDs and external entities are not allowed");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "tmx" -> sawTmx = true;
            case "tu" -> unit = new EnumMap<>(Lang.class);
            case "tuv" -> {
              String code = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
              lang = MemoryLanguages.of(code != null ? code : xml.getAttributeValue(null, "lang"));
            }
            case "seg" -> {
              String text = segText(xml);
              if (unit != null && lang.isPresent() && !text.isBlank()) {
                unit.putIfAbsent(lang.get(), text.strip());
              }
            }
            default -> {}
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && "tu".equals(xml.getLocalName())) {
          if (unit != null && unit.containsKey(Lang.EN) && unit.size() > 1) {
            units.add(new MemoryUnit(unit));
          }
          unit = null;
        }
      }
    } catch (XMLStreamException e) {
      throw new InputException(origin, SafeXml.lineOf(e), "is not well-formed XML: " + SafeXml.cleanMessage(e), e);
    } finally {
      SafeXml.close(xml);
    }
    if (!sawTmx) {
      throw new InputException(origin, "is XML but not TMX: it has no <tmx> element");
    }
    return new TranslationMemory(origin, units);
  }

  /** The text of a seg, read up to its end tag, without the inline codes. */
  private static String segText(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    int inCode = 0;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        if (inCode > 0 || CODES.contains(xml.getLocalName())) {
          inCode++;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
        if (inCode > 0) {
          inCode--;
        }
      } else if (inCode == 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
        text.append(xml.getText());
      }
    }
    return text.toString();
  }
}
