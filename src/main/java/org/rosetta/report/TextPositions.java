package org.rosetta.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rosetta.document.DocumentFormat;
import org.rosetta.text.DocumentInput;
import org.rosetta.text.Lang;
import org.rosetta.text.SourceText;
import org.rosetta.text.Span;

/**
 * Lines and columns of the plain-text files a report was made from, so findings can be given as
 * {@code FILE:LINE:COLUMN}, the form editors and CI annotations jump to. Spans count code points
 * of the text; so do columns here, from 1. A DOCX, ODT, HTML or Markdown file is read into
 * paragraphs, whose lines are not the file's, so it has none here.
 */
public final class TextPositions {
  public static final TextPositions NONE = new TextPositions(Map.of());

  /** A place in a file: 1-based line and column. */
  public record Position(int line, int column) {}

  private final Map<String, int[]> lineStarts;

  private TextPositions(Map<String, int[]> lineStarts) {
    this.lineStarts = lineStarts;
  }

  /** The positions of the plain-text files among the inputs. */
  public static TextPositions of(List<DocumentInput> inputs) {
    Map<String, int[]> starts = new HashMap<>();
    for (DocumentInput input : inputs) {
      for (SourceText text : input.texts().values()) {
        if (plain(text.origin())) {
          starts.put(key(input.name(), text.lang()), lineStarts(text.content()));
        }
      }
    }
    return new TextPositions(starts);
  }

  /** A text file's spans count its own characters; Markdown, like DOCX, is read into paragraphs first. */
  private static boolean plain(String origin) {
    return DocumentFormat.byExtension(origin).orElse(null) == DocumentFormat.TEXT;
  }

  /** Code-point offsets at which each line starts; a BOM, which spans do not count, is not read. */
  private static int[] lineStarts(String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    int[] starts = new int[16];
    int lines = 1;
    int offset = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      offset++;
      if (cp == '\n') {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = offset;
      }
    }
    return Arrays.copyOf(starts, lines);
  }

  /** Where a span starts in its document's file, when that file is plain text. */
  public Optional<Position> of(String document, Span span) {
    int[] starts = lineStarts.get(key(document, span.segment().lang()));
    if (starts == null) {
      return Optional.empty();
    }
    int k = Arrays.binarySearch(starts, span.start());
    int line = k >= 0 ? k : -k - 2;
    return Optional.of(new Position(line + 1, span.start() - starts[line] + 1));
  }

  private static String key(String document, Lang lang) {
    return document + "\u0000" + lang.code();
  }
}
