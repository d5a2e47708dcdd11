package org.rosetta.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.rosetta.align.Link;
import org.rosetta.setup.Version;
import org.rosetta.report.AlignmentExport;
import org.rosetta.report.CsvExport;
import org.rosetta.report.DocumentReport;
import org.rosetta.report.Report;
import org.rosetta.report.ReviewedLink;
import org.rosetta.report.TmxExport;
import org.rosetta.report.XliffExport;
import org.rosetta.report.XlsxSideBySide;
import org.rosetta.report.mqm.ConfirmedError;
import org.rosetta.report.mqm.MqmTsv;
import org.rosetta.review.CheckService;
import org.rosetta.review.FindingDecisions;
import org.rosetta.review.ReviewedCheck;
import org.rosetta.review.StoredCheck;
import org.rosetta.review.StoredLink;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;

/** Builds the download of a check's reviewed alignment in the format asked for. */
final class Exports {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Exports() {}

  /**
   * @param lang the translation an XLIFF is for, or null for the first
   * @param unreviewedFrom the lowest score of an unreviewed link a TMX takes; infinite for accepted links only
   */
  static Response response(
      StoredCheck check, String format, String lang, double unreviewedFrom, CheckService checks, FindingDecisions decisions, CheckJson json) {
    if (format.equals("json")) {
      return download(Response.ok(json.full(checks.read(check)), "application/json"), check, null, "json");
    }
    if (format.equals("xliff") && lang == null) {
      // A check made from an XLIFF file goes back as that file, with its findings as notes.
      Optional<String> annotated = checks.xliffWithNotes(check, decisions.confirmed(check));
      if (annotated.isPresent()) {
        return download(Response.ok(annotated.get(), "application/xliff+xml; charset=UTF-8"), check, null, "xlf");
      }
    }
    if (format.equals("xlsx")) {
      return download(Response.ok(spreadsheet(check, checks), XLSX), check, null, "xlsx");
    }
    List<ReviewedLink> links = checks.reviewedLinks(check);
    Lang target = format.equals("xliff") ? xliffTarget(check, lang) : null;
    AlignmentExport export =
        switch (format) {
          case "tmx" -> new TmxExport(Version.current(), unreviewedFrom);
          case "xliff" -> new XliffExport(target);
          case "csv" -> new CsvExport(checks.read(check).report().findings());
          default -> throw new FieldProblem("format", "must be tmx, xliff, csv, xlsx, json or mqm");
        };
    String media =
        switch (format) {
          case "tmx" -> "application/x-tmx+xml";
          case "xliff" -> "application/xliff+xml";
          default -> "text/csv";
        };
    StreamingOutput body =
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          export.write(check.name, links, writer);
          writer.flush();
        };
    return download(Response.ok(body, media + "; charset=UTF-8"), check, target, format.equals("xliff") ? "xlf" : format);
  }

  /** The confirmed errors as an MQM table, one row per error (report.mqm.MqmTsv). */
  static Response mqm(StoredCheck check, FindingDecisions decisions) {
    List<ConfirmedError> errors = decisions.confirmed(check);
    Map<SegmentId, Segment> segments = FindingDecisions.segmentsById(check);
    StreamingOutput body =
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          MqmTsv.write(check.name, errors, segments, writer);
          writer.flush();
        };
    return download(Response.ok(body, "text/tab-separated-values; charset=UTF-8"), check, null, "mqm.tsv");
  }

  /** The side-by-side workbook of the check as reviewed: each link's status is its verdict and who gave it. */
  private static byte[] spreadsheet(StoredCheck check, CheckService checks) {
    ReviewedCheck reviewed = checks.read(check);
    Map<Lang, List<StoredLink>> rows = reviewed.links();
    DocumentReport report = reviewed.report();
    BiFunction<Lang, Link, String> verdict =
        (lang, link) ->
            rows.get(lang).stream()
                .filter(row -> row.sameSegments(link))
                .findFirst()
                .map(row -> link.shape() + " " + row.status.code() + (row.reviewer == null ? "" : " (" + row.reviewer + ")"))
                .orElse(link.shape());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XlsxSideBySide.write(new Report(List.of(report)), Version.majorMinor(), verdict, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static Lang xliffTarget(StoredCheck check, String lang) {
    if (lang != null) {
      Lang target = Lang.of(lang);
      if (!check.input().texts().containsKey(target)) {
        throw new FieldProblem("lang", "check " + check.id + " has no " + lang + " text");
      }
      return target;
    }
    for (Lang target : Lang.targets()) {
      if (check.input().texts().containsKey(target)) {
        return target;
      }
    }
    throw new FieldProblem("lang", "check " + check.id + " has no translation to export");
  }

  /**
   * The download named after the check, and after its language when the file holds one
   * translation: the Russian and the Hebrew XLIFF of one check must not overwrite each other in a
   * download folder.
   *
   * @param lang the one translation the file holds, or null
   */
  private static Response download(Response.ResponseBuilder response, StoredCheck check, Lang lang, String extension) {
    String suffix = (lang == null ? "" : "." + lang.code()) + "." + extension;
    String file = check.name.replaceAll("[^\\p{L}\\p{N}._-]+", "_") + suffix;
    return response.header("Content-Disposition", "attachment; filename=\"check-" + check.id + suffix + "\"; filename*=UTF-8''" + java.net.URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20")).build();
  }
}
