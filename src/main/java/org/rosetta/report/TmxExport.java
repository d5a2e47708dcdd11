package org.rosetta.report;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.rosetta.memory.TmxElements;

/**
 * TMX 1.4b: one translation unit per link that pairs texts and a reviewer accepted (and, on
 * request, per unreviewed link the aligner scored high enough), English and the translation as
 * its two variants, the link's ids, score and verdict as properties. A memory takes what it is
 * given as true: an unreviewed link scored 0.24 would teach it a wrong pair.
 */
public final class TmxExport implements AlignmentExport {
  /** The score from which unreviewed links are taken when asked for: links scored so are right 99.7% of the time (FLORES). */
  public static final double CONFIDENT = 0.9;
  private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private final String toolVersion;
  private final double unreviewedFrom;

  /** Accepted links only. */
  public TmxExport(String toolVersion) {
    this(toolVersion, Double.POSITIVE_INFINITY);
  }

  /** @param unreviewedFrom the lowest score of an unreviewed link to take; infinite for none */
  public TmxExport(String toolVersion, double unreviewedFrom) {
    this.toolVersion = toolVersion;
    this.unreviewedFrom = unreviewedFrom;
  }

  private boolean takes(ReviewedLink link) {
    if (!link.isTranslationUnit()) {
      return false;
    }
    return "accepted".equals(link.status()) || link.score() >= unreviewedFrom;
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
          TmxElements.headerAttributes(xml, toolVersion);
          TmxElements.prop(xml, "x-document", documentName);
          xml.writeEndElement();
          xml.writeStartElement("body");
          for (ReviewedLink link : links) {
            if (takes(link)) {
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
    TmxElements.prop(xml, "x-status", link.status());
    TmxElements.prop(xml, "x-score", String.format(java.util.Locale.ROOT, "%.3f", link.score()));
    TmxElements.prop(xml, "x-source-segments", link.sourceIds());
    TmxElements.prop(xml, "x-target-segments", link.targetIds());
    TmxElements.variant(xml, "en", link.sourceText());
    TmxElements.variant(xml, link.lang().code(), link.targetText());
    xml.writeEndElement();
  }
}
