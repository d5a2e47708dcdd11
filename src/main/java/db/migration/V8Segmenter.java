package db.migration;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sentence segmenter as it was when V8 was written (commit 1b05f57), frozen here so that V8
 * cuts a stored check's texts as the release that computed its links did, whatever the live
 * {@code org.rosetta.segment.SentenceSegmenter} becomes. It depends on nothing of Rosetta's: do
 * not "fix" or share it — a migration that changes what it writes corrupts the links of every
 * database it has not yet run on.
 */
final class V8Segmenter {
  /** A sentence as V8 stores it: code-point offsets, the UTF-16 start, the paragraph and the kind. */
  record Cut(int position, int start, int end, int charStart, String text, int paragraph, String kind) {}

  private static final int MAX_LABEL_WORDS = 8;
  private static final int MAX_LABEL_CHARS = 80;
  private static final char SOF_PASUQ = '\u05C3';

  private static final Set<String> ENGLISH_ABBREVIATIONS =
      Set.of(
          "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "u.s.", "u.k.", "u.n.", "e.u.",
          "e.g.", "i.e.", "vs.", "no.", "nos.", "gen.", "col.", "gov.", "sen.", "rep.", "lt.", "sgt.",
          "capt.", "mt.", "ft.", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "oct.", "nov.",
          "dec.", "approx.", "dept.", "est.", "fig.", "inc.", "ltd.", "co.", "corp.", "rev.", "hon.");
  private static final Set<String> RUSSIAN_ABBREVIATIONS =
      Set.of(
          "т.е.", "т.к.", "т.н.", "т.ч.", "г.", "гг.", "ул.", "д.", "стр.", "см.", "напр.",
          "проф.", "акад.", "млн.", "млрд.", "тыс.", "руб.", "ок.", "ст.", "рис.", "г-н.", "г-жа.",
          "тел.", "пер.", "пр.", "просп.", "обл.", "р-н.", "с.-х.", "т.д.,", "янв.", "февр.", "сент.",
          "окт.", "нояб.", "дек.");
  private static final Set<String> HEBREW_ABBREVIATIONS = Set.of("עמ.", "פרופ.", "רח.", "מס.", "וכו.");
  private static final List<String> RUSSIAN_NAMED_THINGS =
      List.of(
          "университет", "институт", "академи", "школ", "лице", "гимнази", "колледж", "училищ",
          "консерватори", "театр", "музе", "библиотек", "больниц", "клиник", "завод", "фабрик",
          "комбинат", "улиц", "проспект", "площад", "переул", "бульвар", "парк", "сквер", "стадион",
          "аэропорт", "станци", "метро", "фонд", "центр", "преми", "орден", "медал", "стипенди",
          "дворц", "дом", "культур", "корабл", "судн", "полк", "дивизи", "бригад");

  private final String lang;
  private final Locale locale;

  /** @param lang the language code as V8 stored it: en, ru or he */
  V8Segmenter(String lang) {
    this.lang = lang;
    this.locale = Locale.forLanguageTag(lang);
  }

  List<Cut> segment(String text) {
    List<Cut> out = new ArrayList<>();
    int[] cursor = {0, 0};
    BreakIterator sentences = BreakIterator.getSentenceInstance(ULocale.forLocale(locale));
    int paragraph = 0;
    for (Block block : blocks(text)) {
      paragraph += block.startsParagraph() ? 1 : 0;
      if (block.label()) {
        add(out, text, cursor, block.start(), block.end(), paragraph, "LABEL");
        continue;
      }
      for (int[] piece : sentencesOf(text, block, sentences)) {
        add(out, text, cursor, piece[0], piece[1], paragraph, "SENTENCE");
      }
    }
    return out;
  }

  private List<int[]> sentencesOf(String text, Block block, BreakIterator it) {
    String flat = text.substring(block.start(), block.end()).replace('\n', ' ').replace('\r', ' ');
    it.setText(flat);
    List<int[]> pieces = new ArrayList<>();
    int from = it.first();
    for (int to = it.next(); to != BreakIterator.DONE; to = it.next()) {
      String piece = flat.substring(from, to);
      if (!pieces.isEmpty() && endsWithAbbreviation(flat.substring(pieces.get(pieces.size() - 1)[0], pieces.get(pieces.size() - 1)[1]))) {
        pieces.get(pieces.size() - 1)[1] = to;
      } else if (!piece.isBlank()) {
        pieces.add(new int[] {from, to});
      }
      from = to;
    }
    List<int[]> result = new ArrayList<>();
    for (int[] piece : pieces) {
      int start = piece[0];
      for (int i = piece[0]; i < piece[1] - 1; i++) {
        if (flat.charAt(i) == SOF_PASUQ && Character.isWhitespace(flat.charAt(i + 1))) {
          result.add(new int[] {start, i + 1});
          start = i + 1;
        }
      }
      result.add(new int[] {start, piece[1]});
    }
    for (int[] piece : result) {
      piece[0] += block.start();
      piece[1] += block.start();
    }
    return result;
  }

  private boolean endsWithAbbreviation(String piece) {
    String trimmed = piece.strip();
    if (!trimmed.endsWith(".")) {
      return false;
    }
    int space = trimmed.lastIndexOf(' ');
    String last = trimmed.substring(space + 1);
    int letter = 0;
    while (letter < last.length() && !Character.isLetterOrDigit(last.charAt(letter))) {
      letter++;
    }
    String word = last.substring(letter);
    String lastLower = word.toLowerCase(locale);
    if (isInitial(word)) {
      return true;
    }
    String before = space > 0 ? trimmed.substring(0, space).strip() : "";
    Set<String> known = abbreviations();
    if (known.contains(lastLower) || abbreviatesInContext(lastLower, before)) {
      return true;
    }
    if (!before.isEmpty()) {
      String previous = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(locale);
      return known.contains(previous + lastLower);
    }
    return false;
  }

  private boolean isInitial(String word) {
    return word.length() == 2 && Character.isUpperCase(word.codePointAt(0)) && !(lang.equals("en") && word.equals("I."));
  }

  private Set<String> abbreviations() {
    return switch (lang) {
      case "ru" -> RUSSIAN_ABBREVIATIONS;
      case "he" -> HEBREW_ABBREVIATIONS;
      default -> ENGLISH_ABBREVIATIONS;
    };
  }

  /** Russian "им." abbreviates "имени" only after an acronym or a named thing ("университет им."). */
  private boolean abbreviatesInContext(String lastWordLower, String before) {
    if (!lang.equals("ru") || !lastWordLower.equals("им.") || before.isEmpty()) {
      return false;
    }
    String word = before.substring(before.lastIndexOf(' ') + 1).replaceAll("^[^\\p{L}\\p{N}]+", "");
    if (word.length() >= 2 && word.codePoints().allMatch(Character::isUpperCase)) {
      return true;
    }
    String lower = word.toLowerCase(locale);
    return RUSSIAN_NAMED_THINGS.stream().anyMatch(lower::startsWith);
  }

  /** Trims the piece and appends it, counting code points with a cursor {UTF-16 index, code points} that only moves on. */
  private static void add(List<Cut> out, String text, int[] cursor, int from, int to, int paragraph, String kind) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return;
    }
    int start = codePointsAt(text, cursor, from);
    int end = codePointsAt(text, cursor, to);
    out.add(new Cut(out.size(), start, end, from, text.substring(from, to), paragraph, kind));
  }

  private static int codePointsAt(String text, int[] cursor, int index) {
    if (index < cursor[0]) {
      return text.codePointCount(0, index);
    }
    cursor[1] += text.codePointCount(cursor[0], index);
    cursor[0] = index;
    return cursor[1];
  }

  private record Block(int start, int end, boolean startsParagraph, boolean label) {}

  private static List<Block> blocks(String text) {
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

  private static boolean isLabel(String line) {
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
