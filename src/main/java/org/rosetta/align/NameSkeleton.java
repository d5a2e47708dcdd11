package org.rosetta.align;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * The consonant skeleton of a name, comparable across Latin, Cyrillic and Hebrew script:
 * transliterated to ASCII with ICU, vowels and weak letters (h, w, y, j, ʼ) dropped, and
 * consonants that scripts confuse folded together (b/v/f/p, k/g/q/c, t/d, s/z). Abraham, Авраам
 * and אברהם all become "brm"; Israel, Израиль and ישראל become "srl".
 */
public final class NameSkeleton {
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

  /** Words repeat; ICU transliteration is the aligner's costliest step without this cache. */
  private static final int CACHE_LIMIT = 200_000;

  private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  private static final java.util.concurrent.ConcurrentHashMap<String, String> ASCII = new java.util.concurrent.ConcurrentHashMap<>();

  private NameSkeleton() {}

  public static String of(String word) {
    return cached(CACHE, word, NameSkeleton::compute);
  }

  /** The word in lower-case ASCII letters, as ICU transliterates any script: Киршнер is "kirsner", קירשנר "qyrsnr". */
  public static String ascii(String word) {
    return cached(ASCII, word, w -> TO_ASCII.get().transliterate(w).toLowerCase(Locale.ROOT));
  }

  /** A bounded cache: emptied when full, since the words of one run repeat far more than they grow. */
  private static String cached(java.util.Map<String, String> cache, String word, java.util.function.UnaryOperator<String> compute) {
    String cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    if (cache.size() >= CACHE_LIMIT) {
      cache.clear();
    }
    String value = compute.apply(word);
    cache.put(word, value);
    return value;
  }

  private static String compute(String word) {
    String ascii = ascii(word);
    ascii = ascii.replace("ch", "").replace("sh", "s").replace("th", "t").replace("ph", "f");
    StringBuilder out = new StringBuilder(ascii.length());
    char previous = 0;
    for (int i = 0; i < ascii.length(); i++) {
      char c = fold(ascii.charAt(i));
      if (c != 0 && c != previous) {
        out.append(c);
      }
      previous = c == 0 ? previous : c;
    }
    return out.toString();
  }

  private static char fold(char c) {
    return switch (c) {
      case 'b', 'v', 'f', 'p' -> 'b';
      case 'k', 'g', 'q', 'c', 'x' -> 'k';
      case 't', 'd' -> 't';
      case 's', 'z' -> 's';
      case 'm', 'n', 'l', 'r' -> c;
      default -> 0;
    };
  }
}
