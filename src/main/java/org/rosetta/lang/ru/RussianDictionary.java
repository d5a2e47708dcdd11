package org.rosetta.lang.ru;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The Russian morphological dictionary of aot.ru as LanguageTool ships it (about 5 million forms,
 * LGPL), read with morfologik: word form to dictionary form and tag, and back. Loaded on first use,
 * since only glossaries with Russian terms need it (about 70 ms and 4 MB). Words are looked up in
 * lower case; the dictionary lists proper names in lower case too and accepts е for ё.
 */
public final class RussianDictionary {
  private static final String ANALYSIS = "/org/languagetool/resource/ru/russian.dict";
  private static final String SYNTHESIS = "/org/languagetool/resource/ru/russian_synth.dict";
  private static final char TAG_SEPARATOR = '|';
  private static final java.util.regex.Pattern VARIANT = java.util.regex.Pattern.compile("(?:ою|ею|ьям|ьями|ьях)$");

  private final ThreadLocal<DictionaryLookup> analyser;
  private final ThreadLocal<DictionaryLookup> synthesiser;

  private RussianDictionary(Dictionary analysis, Dictionary synthesis) {
    // A lookup reuses its buffers, so each thread has its own over the shared, immutable automaton.
    analyser = ThreadLocal.withInitial(() -> new DictionaryLookup(analysis));
    synthesiser = ThreadLocal.withInitial(() -> new DictionaryLookup(synthesis));
  }

  private static final class Loaded {
    static final RussianDictionary INSTANCE = new RussianDictionary(read(ANALYSIS), read(SYNTHESIS));
  }

  public static RussianDictionary get() {
    return Loaded.INSTANCE;
  }

  private static Dictionary read(String resource) {
    URL url = RussianDictionary.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("the Russian dictionary " + resource + " is missing from the class path");
    }
    try {
      return Dictionary.read(url);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Russian dictionary " + resource, e);
    }
  }

  /** Every reading of a lower-case word form; empty when the dictionary does not know it. */
  public List<Analysis> analyse(String word) {
    List<Analysis> out = new ArrayList<>();
    for (WordData data : analyser.get().lookup(word)) {
      CharSequence lemma = data.getStem();
      CharSequence tag = data.getTag();
      if (lemma != null && tag != null) {
        out.add(new Analysis(lemma.toString(), new RussianTag(tag.toString())));
      }
    }
    return out;
  }

  /**
   * The form of a dictionary form with a tag: "соглашение" + {@code NN:Inanim:Neut:PL:T} →
   * "соглашениями". Where the dictionary also lists a bookish or colloquial variant (-ою, -ею,
   * -ьями: "главою", "соглашеньями"), the common form is taken.
   */
  public Optional<String> synthesize(String lemma, RussianTag tag) {
    List<String> forms = new ArrayList<>();
    for (WordData data : synthesiser.get().lookup(lemma + TAG_SEPARATOR + tag.text())) {
      CharSequence form = data.getStem();
      if (form != null) {
        forms.add(form.toString());
      }
    }
    return forms.stream().filter(f -> !VARIANT.matcher(f).find()).findFirst().or(() -> forms.stream().findFirst());
  }
}
