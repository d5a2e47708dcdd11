package org.rosetta.segment;

import java.util.List;
import java.util.Locale;
import org.rosetta.text.InputException;
import org.rosetta.text.Segment;
import org.rosetta.text.SourceText;

/**
 * What one text may hold once it is cut into sentences. A real document stays far inside both
 * limits (the 6,071-verse test document, several books of the Bible, has about 20,000 sentences in
 * its three texts, and a long legal sentence is a few thousand characters); text beyond them is
 * not prose to align: a million one-word "sentences" ran the command line out of
 * memory after two minutes, and a 10 MB line with no sentence end took half a minute to be called
 * German. Refused before detection and alignment, naming the line.
 */
public final class SegmentLimits {
  /** Sentences in one text. */
  public static final int MAX_SEGMENTS = 50_000;

  /** Characters (code points) in one sentence. */
  public static final int MAX_SEGMENT_LENGTH = 20_000;

  private SegmentLimits() {}

  /** @throws InputException naming the text and the line where it goes beyond a limit */
  public static void check(SourceText text, List<Segment> segments) {
    if (segments.size() > MAX_SEGMENTS) {
      throw new InputException(
          text.origin(),
          lineOf(text, segments.get(MAX_SEGMENTS)),
          String.format(Locale.ROOT, "has %,d sentences, more than the %,d Rosetta aligns in one text: split the document", segments.size(), MAX_SEGMENTS));
    }
    for (Segment s : segments) {
      int length = s.end() - s.start();
      if (length > MAX_SEGMENT_LENGTH) {
        throw new InputException(
            text.origin(),
            lineOf(text, s),
            String.format(Locale.ROOT, "has a sentence of %,d characters with no sentence end (at most %,d): is this prose?", length, MAX_SEGMENT_LENGTH));
      }
    }
  }

  private static int lineOf(SourceText text, Segment segment) {
    String content = text.content();
    int line = 1;
    for (int i = 0; i < segment.charStart() && i < content.length(); i++) {
      if (content.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
