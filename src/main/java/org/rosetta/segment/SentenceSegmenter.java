package org.rosetta.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentKind;
import org.rosetta.text.SourceText;

/**
 * Cuts running text into sentences with ICU's sentence rules plus ours: abbreviations and
 * initials do not end a sentence, the Hebrew sof pasuq (׃) does, a line that is only a speaker
 * label ("Prime Minister Netanyahu:") is a segment of its own, and paragraphs (separated by blank
 * lines) are numbered. Thread-safe: each call uses its own break iterator.
 */
public final class SentenceSegmenter {
  private static final int MAX_LABEL_WORDS = 8;
  private static final int MAX_LABEL_CHARS = 80;
  private static final char SOF_PASUQ = '\u05C3';
  private static final String CLOSING_QUOTES = "\"»”’'";

  public List<Segment> segment(SourceText source) {
    Lang lang = source.lang();
    String text = source.content();
    List<Segment> out = new ArrayList<>();
    CodePointCursor cursor = new CodePointCursor(text);
    BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.forLocale(lang.locale()));
    int paragraph = 0;
    for (Block block : Paragraphs.blocks(text)) {
      paragraph += block.startsParagraph() ? 1 : 0;
      if (block.label()) {
        add(out, lang, text, cursor, block.start(), block.end(), paragraph, SegmentKind.LABEL);
        continue;
      }
      for (int[] piece : sentencesOf(lang, text, block, sentences)) {
        add(out, lang, text, cursor, piece[0], piece[1], paragraph, SegmentKind.SENTENCE);
      }
    }
    return List.copyOf(out);
  }

  private static List<int[]> sentencesOf(Lang lang, String text, Block block, BreakIterator it) {
    // Line breaks inside a paragraph are soft wraps, not sentence ends: hide them from ICU.
    String flat = text.substring(block.start(), block.end()).replace('\n', ' ').replace('\r', ' ');
    it.setText(flat);
    List<int[]> pieces = new ArrayList<>();
    int from = it.first();
    for (int to = it.next(); to != BreakIterator.DONE; to = it.next()) {
      String piece = flat.substring(from, to);
      if (!pieces.isEmpty() && continuesPrevious(lang, flat, pieces.get(pieces.size() - 1))) {
        pieces.get(pieces.size() - 1)[1] = to;
      } else if (!piece.isBlank()) {
        pieces.add(new int[] {from, to});
      }
      from = to;
    }
    List<int[]> result = new ArrayList<>();
    for (int[] piece : pieces) {
      splitAtSofPasuq(flat, piece, result);
    }
    for (int[] piece : result) {
      piece[0] += block.start();
      piece[1] += block.start();
    }
    return result;
  }

  private static boolean continuesPrevious(Lang lang, String flat, int[] previous) {
    String piece = flat.substring(previous[0], previous[1]);
    return Abbreviations.endsWithAbbreviation(lang, piece)
        || dotInsideWord(piece, flat, previous[1])
        || attributionFollows(piece, flat, previous[1]);
  }

  /**
   * A full stop with a letter right after it is inside an abbreviation, not at a sentence end:
   * ICU breaks the Hebrew "בי.בי.סי." and "האן.בי.איי" (NBA, BBC) after each letter group.
   */
  private static boolean dotInsideWord(String piece, String flat, int end) {
    return piece.endsWith(".") && end < flat.length() && Character.isLetter(flat.codePointAt(end));
  }

  /**
   * A question or exclamation in quotes followed by its attribution in lower case is one
   * sentence: "“Why?” she wondered.", "«Почему?» — спросила она."
   */
  private static boolean attributionFollows(String piece, String flat, int end) {
    String trimmed = piece.stripTrailing();
    int last = trimmed.length() - 1;
    while (last >= 0 && CLOSING_QUOTES.indexOf(trimmed.charAt(last)) >= 0) {
      last--;
    }
    if (last < 0 || last == trimmed.length() - 1 || (trimmed.charAt(last) != '?' && trimmed.charAt(last) != '!')) {
      return false;
    }
    int i = end;
    while (i < flat.length() && !Character.isLetterOrDigit(flat.charAt(i))) {
      if (flat.charAt(i) == '\n') {
        return false;
      }
      i++;
    }
    return i < flat.length() && Character.isLowerCase(flat.charAt(i));
  }

  private static void splitAtSofPasuq(String flat, int[] piece, List<int[]> out) {
    int from = piece[0];
    for (int i = piece[0]; i < piece[1] - 1; i++) {
      if (flat.charAt(i) == SOF_PASUQ && Character.isWhitespace(flat.charAt(i + 1))) {
        out.add(new int[] {from, i + 1});
        from = i + 1;
      }
    }
    out.add(new int[] {from, piece[1]});
  }

  private static void add(
      List<Segment> out,
      Lang lang,
      String text,
      CodePointCursor cursor,
      int from,
      int to,
      int paragraph,
      SegmentKind kind) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return;
    }
    int index = out.size();
    out.add(
        new Segment(
            lang,
            index,
            cursor.at(from),
            cursor.at(to),
            from,
            text.substring(from, to),
            paragraph,
            kind));
  }

  /** A paragraph, or a speaker-label line inside one, as UTF-16 offsets into the text. */
  record Block(int start, int end, boolean startsParagraph, boolean label) {}

  /** Splits text into paragraphs at blank lines, and takes speaker-label lines out of them. */
  static final class Paragraphs {
    private Paragraphs() {}

    static List<Block> blocks(String text) {
      List<Block> blocks = new ArrayList<>();
      int blockStart = -1;
      boolean newParagraph = true;
      int pos = 0;
      while (pos < text.length()) {
        int eol = text.indexOf('\n', pos);
        int lineEnd = eol < 0 ? text.length() : eol;
        int next = eol < 0 ? text.length() : eol + 1;
        String line = text.substring(pos, lineEnd);
        if (line.isBlank()) {
          if (blockStart >= 0) {
            blocks.add(new Block(blockStart, pos, newParagraph, false));
            blockStart = -1;
          }
          newParagraph = true;
        } else if (isLabel(line)) {
          if (blockStart >= 0) {
            blocks.add(new Block(blockStart, pos, newParagraph, false));
            blockStart = -1;
            newParagraph = false;
          }
          blocks.add(new Block(pos, lineEnd, newParagraph, true));
          newParagraph = false;
        } else if (blockStart < 0) {
          blockStart = pos;
        }
        pos = next;
      }
      if (blockStart >= 0) {
        blocks.add(new Block(blockStart, text.length(), newParagraph, false));
      }
      return blocks;
    }

    static boolean isLabel(String line) {
      String s = line.strip();
      if (!s.endsWith(":") || s.length() > MAX_LABEL_CHARS || s.length() < 3) {
        return false;
      }
      String body = s.substring(0, s.length() - 1);
      if (body.chars().anyMatch(c -> c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '«')) {
        return false;
      }
      return body.strip().split("\\s+").length <= MAX_LABEL_WORDS;
    }
  }
}
