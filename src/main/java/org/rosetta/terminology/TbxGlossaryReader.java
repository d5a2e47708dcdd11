package org.rosetta.terminology;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rosetta.input.SafeXml;
import org.rosetta.text.InputException;

/**
 * Reads TBX (ISO 30042): TBX-Basic / TBX v3 {@code conceptEntry/langSec/termSec} and the older
 * TBX v2 {@code termEntry/langSet/tig}. Terms carry {@code termNote type="administrativeStatus"}
 * and {@code type="partOfSpeech"}; a concept may say whether words derived from its terms render it
 * with {@code <descrip type="derivedForms">yes|no</descrip>} (or {@code admin}). A DOCTYPE is refused outright, so no entity is ever expanded
 * and nothing external is fetched.
 */
final class TbxGlossaryReader {
  private static final String DERIVED_FORMS = "derivedForms";

  Glossary read(String origin, String content) {
    GlossaryBuilder builder = new GlossaryBuilder(origin);
    XMLStreamReader xml = null;
    try {
      xml = SafeXml.factory().createXMLStreamReader(new StringReader(content));
      String concept = null;
      String lang = null;
      TermDraft term = null;
      String noteType = null;
      int conceptCount = 0;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new InputException(
              origin,
              xml.getLocation().getLineNumber(),
              "has a DOCTYPE declaration; DTDs and external entities are not allowed in a glossary");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (xml.getLocalName()) {
            case "conceptEntry", "termEntry" -> {
              conceptCount++;
              concept = attribute(xml, "id");
              if (concept == null || concept.isBlank()) {
                concept = "concept-" + conceptCount;
              }
            }
            case "langSec", "langSet" -> lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            case "termSec", "tig", "ntig" -> term = new TermDraft(xml.getLocation().getLineNumber());
            case "term" -> {
              if (term != null) {
                term.text = xml.getElementText();
              }
            }
            case "termNote" -> noteType = attribute(xml, "type");
            case "descrip", "admin" -> {
              if (DERIVED_FORMS.equals(attribute(xml, "type")) && concept != null) {
                builder.derivedForms(concept, xml.getElementText(), xml.getLocation().getLineNumber());
              }
            }
            default -> {}
          }
          if ("termNote".equals(xml.getLocalName()) && term != null) {
            String value = xml.getElementText().strip();
            if ("administrativeStatus".equals(noteType)) {
              term.status = value;
            } else if ("partOfSpeech".equals(noteType)) {
              term.partOfSpeech = value;
            }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (xml.getLocalName()) {
            case "termSec", "tig", "ntig" -> {
              if (term != null) {
                if (lang == null) {
                  throw new InputException(origin, term.line, "a term outside a langSec with xml:lang");
                }
                builder.add(concept, lang, term.text, term.status, term.partOfSpeech, term.line);
              }
              term = null;
            }
            case "langSec", "langSet" -> lang = null;
            default -> {}
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new InputException(origin, SafeXml.lineOf(e), "is not well-formed XML: " + SafeXml.cleanMessage(e), e);
    } finally {
      SafeXml.close(xml);
    }
    return builder.build();
  }

  private static String attribute(XMLStreamReader xml, String name) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (name.equals(xml.getAttributeLocalName(i))) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  /** A term being read, with the line it started on for error messages. */
  private static final class TermDraft {
    final int line;
    String text;
    String status = "";
    String partOfSpeech = "";

    TermDraft(int line) {
      this.line = line;
    }
  }
}
