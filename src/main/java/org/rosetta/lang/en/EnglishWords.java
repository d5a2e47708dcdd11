package org.rosetta.lang.en;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The words of English as Debian's {@code wamerican} lists them (SCOWL, size 50: 63,875 words in
 * lower case, without names or possessives; its licence is {@code SCOWL-COPYRIGHT.txt} beside it):
 * a Latin word inside a Russian or Hebrew sentence is English left in only if English has it.
 * Loaded on first use (about 1 MB).
 */
public final class EnglishWords {
  private static final String RESOURCE = "/lang/en/words.txt.gz";

  private final Set<String> words;

  private EnglishWords(Set<String> words) {
    this.words = words;
  }

  private static final class Loaded {
    static final EnglishWords INSTANCE = new EnglishWords(read());
  }

  public static EnglishWords get() {
    return Loaded.INSTANCE;
  }

  /** Whether a word, in any case, is an English word. */
  public boolean contains(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether English has the word in some spelling or number: British "organisation", "centre",
   * "colour" as the American list spells them, plurals it lists only in the singular
   * ("crossties"), and the verbs of older English ("knowest").
   */
  public boolean containsAnySpelling(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (words.contains(lower)) {
      return true;
    }
    for (String[] british : BRITISH) {
      if (lower.contains(british[0]) && words.contains(lower.replace(british[0], british[1]))) {
        return true;
      }
    }
    for (String ending : ENDINGS) {
      if (lower.endsWith(ending) && words.contains(lower.substring(0, lower.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Plurals, and the verb endings of older English ("knowest", "canst", "giveth"). */
  private static final String[] ENDINGS = {"es", "s", "est", "st", "eth", "th"};

  /** British spellings and their American forms, as SCOWL's variant lists pair them most often. */
  private static final String[][] BRITISH = {{"isation", "ization"}, {"ise", "ize"}, {"our", "or"}, {"tre", "ter"}, {"ogue", "og"}, {"ll", "l"}};

  private static Set<String> read() {
    try (InputStream resource = EnglishWords.class.getResourceAsStream(RESOURCE)) {
      if (resource == null) {
        throw new IllegalStateException("the English word list " + RESOURCE + " is missing from the class path");
      }
      Set<String> words = new HashSet<>(100_000);
      BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(resource), StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        words.add(line);
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the English word list " + RESOURCE, e);
    }
  }
}
