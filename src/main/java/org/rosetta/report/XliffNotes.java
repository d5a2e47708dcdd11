package org.rosetta.report;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.rosetta.check.Finding;
import org.rosetta.check.Severity;
import org.rosetta.input.TextDecoder;
import org.rosetta.report.mqm.ConfirmedError;
import org.rosetta.report.mqm.ItsQualityIssues;
import org.rosetta.text.InputException;
import org.rosetta.text.SegmentId;

/**
 * A checked XLIFF file as it came, with each unit's findings added as notes, so the translator
 * reads them in the CAT tool they already use: XLIFF 1.2 {@code <note from="rosetta"
 * priority="1">} at the end of the {@code trans-unit}, XLIFF 2 {@code <note category="rosetta">}
 * in the unit's {@code <notes>}. Nothing else changes, byte for byte: the notes are inserted at
 * the places a streaming parser reports, not written by a serializer. Errors and warnings become
 * notes; information (merges, splits) does not. The errors a reviewer confirmed are also there as
 * ITS 2.0 quality issues ({@link ItsQualityIssues}), referred to from the unit's first target.
 */
public final class XliffNotes {
  public static final String AUTHOR = "rosetta";
  private static final String XLIFF2_NAMESPACE_PREFIX = "urn:oasis:names:tc:xliff:document:2.";

  private XliffNotes() {}

  /**
   * The file as it came, with the findings as notes; a byte-order mark it had is kept.
   *
   * @param bytes the file as it was read
   */
  public static String annotate(String origin, byte[] bytes, TextDecoder decoder, DocumentReport report) {
    return annotate(origin, bytes, decoder, report, List.of());
  }

  /**
   * The same, with the errors a reviewer confirmed as ITS quality issues as well.
   *
   * @param confirmed errors of this report's findings
   */
  public static String annotate(String origin, byte[] bytes, TextDecoder decoder, DocumentReport report, List<ConfirmedError> confirmed) {
    String annotated = annotate(origin, decoder.decode(origin, bytes), report, confirmed);
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    return bom ? "\uFEFF" + annotated : annotated;
  }

  /**
   * @param origin how messages name the file
   * @param xliff the file's text, as it was checked
   * @param report the check of that file ({@code Engine.checkUnits})
   */
  public static String annotate(String origin, String xliff, DocumentReport report) {
    return annotate(origin, xliff, report, List.of());
  }

  private static String annotate(String origin, String xliff, DocumentReport report, List<ConfirmedError> confirmed) {
    Map<String, List<Finding>> byUnit = findingsByUnit(report);
    Map<String, List<ConfirmedError>> errorsByUnit = new LinkedHashMap<>();
    Map<SegmentId, String> unitsBySegment = report.unitsBySegment();
    for (ConfirmedError error : confirmed) {
      DocumentReport.unitsOf(error.finding(), unitsBySegment).forEach(unit -> errorsByUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(error));
    }
    int issues = 0;
    String unitWithErrors = null;
    boolean referred = false;
    TreeMap<Integer, String> insertions = new TreeMap<>();
    XMLInputFactory factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(xliff));
      String openedUnit = null;
      int afterUnitTag = -1;
      String unit12 = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (openedUnit != null) {
          if (afterUnitTag < 0) {
            afterUnitTag = offset(xml);
          }
          if (event == XMLStreamConstants.COMMENT || event == XMLStreamConstants.SPACE || (event == XMLStreamConstants.CHARACTERS && xml.isWhiteSpace())) {
            continue;
          }
          // The unit's first child: notes go into its <notes> when it has them (a unit has one at
          // most, before its segments), else into new ones right after the unit's start tag.
          if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("notes")) {
            xml.next();
            insertions.put(offset(xml), notes2(byUnit.get(openedUnit)));
          } else {
            insertions.put(afterUnitTag, "<notes>" + notes2(byUnit.get(openedUnit)) + "</notes>");
          }
          openedUnit = null;
          afterUnitTag = -1;
          continue;
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          boolean two = xml.getNamespaceURI() != null && xml.getNamespaceURI().startsWith(XLIFF2_NAMESPACE_PREFIX);
          String id = xml.getAttributeValue(null, "id");
          if (two && name.equals("unit") && byUnit.containsKey(id)) {
            openedUnit = id;
          } else if (!two && name.equals("trans-unit")) {
            unit12 = id;
          }
          if ((name.equals("unit") || name.equals("trans-unit")) && errorsByUnit.containsKey(id)) {
            unitWithErrors = id;
            referred = false;
            issues++;
          } else if (unitWithErrors != null && !referred && name.equals("target")) {
            // The unit's first target refers to its issues; a unit without a target has nothing to refer from.
            insertions.merge(offset(xml) + 1 + qualifiedName(xml).length(), ItsQualityIssues.reference(issuesId(issues)), String::concat);
            referred = true;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("trans-unit") && unit12 != null) {
          if (byUnit.containsKey(unit12)) {
            insertions.merge(offset(xml), notes12(byUnit.get(unit12)), String::concat);
          }
          unit12 = null;
        }
        if (event == XMLStreamConstants.END_ELEMENT && unitWithErrors != null && (xml.getLocalName().equals("unit") || xml.getLocalName().equals("trans-unit"))) {
          if (referred) {
            insertions.merge(offset(xml), ItsQualityIssues.issues(issuesId(issues), errorsByUnit.get(unitWithErrors)), String::concat);
          }
          unitWithErrors = null;
        }
      }
    } catch (XMLStreamException e) {
      throw InputException.unreadable(origin, "XLIFF", e);
    }
    StringBuilder out = new StringBuilder(xliff.length() + 256 * insertions.size());
    int at = 0;
    for (Map.Entry<Integer, String> insertion : insertions.entrySet()) {
      out.append(xliff, at, insertion.getKey()).append(insertion.getValue());
      at = insertion.getKey();
    }
    return out.append(xliff, at, xliff.length()).toString();
  }

  /** The id of a unit's quality issues: an XML name, whatever characters the unit's own id has. */
  private static String issuesId(int n) {
    return "rosetta-lqi-" + n;
  }

  private static String qualifiedName(XMLStreamReader xml) {
    String prefix = xml.getPrefix();
    return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
  }

  private static int offset(XMLStreamReader xml) {
    return (int) xml.getLocation().getCharacterOffset();
  }

  /** Each unit's errors and warnings, in report order. */
  private static Map<String, List<Finding>> findingsByUnit(DocumentReport report) {
    Map<SegmentId, String> unitsBySegment = report.unitsBySegment();
    Map<String, List<Finding>> byUnit = new LinkedHashMap<>();
    for (Finding finding : report.findings()) {
      if (finding.severity() != Severity.INFO) {
        DocumentReport.unitsOf(finding, unitsBySegment).forEach(unit -> byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(finding));
      }
    }
    return byUnit;
  }

  private static String notes12(List<Finding> findings) {
    StringBuilder notes = new StringBuilder();
    for (Finding f : findings) {
      notes.append("<note from=\"").append(AUTHOR).append("\" priority=\"").append(priority(f)).append("\">").append(text(f)).append("</note>");
    }
    return notes.toString();
  }

  private static String notes2(List<Finding> findings) {
    StringBuilder notes = new StringBuilder();
    for (Finding f : findings) {
      notes.append("<note category=\"").append(AUTHOR).append("\" priority=\"").append(priority(f)).append("\">").append(text(f)).append("</note>");
    }
    return notes.toString();
  }

  /** XLIFF's priorities run from 1 (highest) to 10. */
  private static int priority(Finding finding) {
    return finding.severity() == Severity.ERROR ? 1 : 3;
  }

  private static String text(Finding finding) {
    String line = finding.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + finding.rule().id() + ": " + finding.message();
    if (!finding.suggestions().isEmpty()) {
      line += " Write: " + String.join(" / ", finding.suggestions());
    }
    return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
