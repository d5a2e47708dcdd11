package org.rosetta.bilingual;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.po.POFilter;
import net.sf.okapi.filters.tmx.TmxFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.filters.xliff2.XLIFF2Filter;
import org.rosetta.document.OkapiFilters;
import org.rosetta.input.TextDecoder;
import org.rosetta.text.InputException;
import org.rosetta.text.Lang;

/**
 * Reads the units of a CAT tool's bilingual file with the Okapi Framework's filters: XLIFF 1.2 and
 * 2.x (one target language per file, as the file declares it), TMX (one file per translation it
 * holds) and PO. Inline codes ({@code <g>}, {@code <ph>}, {@code <pc>}) are formatting, not text.
 */
public final class BilingualReader {
  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
  private static final Pattern XLIFF2 = Pattern.compile("urn:oasis:names:tc:xliff:document:2\\.");
  private static final Pattern XLIFF1_TARGET = attribute("file", "target-language");
  private static final Pattern XLIFF1_SOURCE = attribute("file", "source-language");
  private static final Pattern XLIFF2_TARGET = attribute("xliff", "trgLang");
  private static final Pattern XLIFF2_SOURCE = attribute("xliff", "srcLang");
  private static final Pattern TMX_LANGUAGE = Pattern.compile("<tuv\\b[^>]*?\\b(?:xml:)?lang\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Pattern PO_LANGUAGE = Pattern.compile("(?m)^\"Language:\\s*([A-Za-z_-]+)");

  private final TextDecoder decoder;

  public BilingualReader(TextDecoder decoder) {
    this.decoder = decoder;
  }

  /** Whether Rosetta reads this file name as a bilingual file. */
  public static boolean isBilingual(String fileName) {
    return BilingualFormat.of(fileName).isPresent();
  }

  /**
   * The translations a bilingual file holds: one for XLIFF and PO, one per target language for TMX.
   *
   * @throws InputException naming the file, and the line where it helps, and what is wrong
   */
  public List<BilingualFile> read(String origin, String fileName, byte[] bytes) {
    BilingualFormat format =
        BilingualFormat.of(fileName).orElseThrow(() -> new InputException(origin, "is not a bilingual file Rosetta reads (.xlf, .xliff, .tmx, .po)"));
    String text = decoder.decode(origin, bytes);
    if (format != BilingualFormat.PO) {
      Matcher doctype = DOCTYPE.matcher(text);
      if (doctype.find()) {
        throw new InputException(origin, lineOf(text, doctype.start()), "has a DOCTYPE declaration; DTDs and external entities are not allowed");
      }
    }
    String name = fileName.replaceFirst("\\.[^.]*$", "");
    boolean two = format == BilingualFormat.XLIFF && XLIFF2.matcher(text).find();
    List<BilingualFile> files = new ArrayList<>();
    for (String target : targetLanguages(origin, format, two, text)) {
      Lang lang = translation(origin, target);
      files.add(new BilingualFile(origin, name, lang, units(origin, format, two, bytes, target)));
    }
    return files;
  }

  /** @param two whether the file is XLIFF 2 */
  private static List<String> targetLanguages(String origin, BilingualFormat format, boolean two, String text) {
    return switch (format) {
      case XLIFF -> {
        english(origin, first(two ? XLIFF2_SOURCE : XLIFF1_SOURCE, text));
        String target =
            first(two ? XLIFF2_TARGET : XLIFF1_TARGET, text)
                .orElseThrow(() -> new InputException(origin, "has no target language (" + (two ? "trgLang on <xliff>" : "target-language on <file>") + "): Rosetta must know which translation it checks"));
        yield List.of(target);
      }
      case TMX -> {
        Set<String> targets = new LinkedHashSet<>();
        Matcher languages = TMX_LANGUAGE.matcher(text);
        while (languages.find()) {
          String code = languages.group(1);
          if (!base(code).equals(Lang.EN.code())) {
            targets.add(code);
          }
        }
        List<String> known = targets.stream().filter(c -> knownTranslation(c).isPresent()).toList();
        if (known.isEmpty()) {
          throw new InputException(origin, "holds no Russian or Hebrew translation (tuv xml:lang ru or he)");
        }
        yield known;
      }
      case PO -> List.of(first(PO_LANGUAGE, text).orElseThrow(() -> new InputException(origin, "has no Language header: Rosetta must know which translation it checks")));
    };
  }

  /** The units, read from the bytes: Okapi's XLIFF 2 reader takes a stream, not a string. */
  private static List<BilingualUnit> units(String origin, BilingualFormat format, boolean two, byte[] bytes, String target) {
    LocaleId targetLocale = LocaleId.fromString(target);
    List<BilingualUnit> units = new ArrayList<>();
    OkapiFilters.forEachUnit(
        origin,
        format.description(),
        filter(format, two),
        new RawDocument(new ByteArrayInputStream(bytes), "UTF-8", LocaleId.ENGLISH, targetLocale),
        unit -> {
          String source = unit.getSource().getUnSegmentedContentCopy().getText().strip();
          TextContainer translated = unit.getTarget(targetLocale);
          String translation = translated == null ? "" : translated.getUnSegmentedContentCopy().getText().strip();
          if (!source.isEmpty() || !translation.isEmpty()) {
            String id = unit.getName() != null && !unit.getName().isBlank() ? unit.getName() : unit.getId();
            units.add(new BilingualUnit(id, source, translation));
          }
        });
    if (units.isEmpty()) {
      throw new InputException(origin, "has no translation units");
    }
    return units;
  }

  private static IFilter filter(BilingualFormat format, boolean two) {
    return switch (format) {
      case XLIFF -> two ? new XLIFF2Filter() : new XLIFFFilter();
      case TMX -> new TmxFilter();
      case PO -> new POFilter();
    };
  }

  private static void english(String origin, Optional<String> source) {
    if (source.isPresent() && !base(source.get()).equals(Lang.EN.code())) {
      throw new InputException(origin, "has source language '" + source.get() + "': Rosetta checks translations of English");
    }
  }

  private static Lang translation(String origin, String code) {
    return knownTranslation(code)
        .orElseThrow(() -> new InputException(origin, "has target language '" + code + "': Rosetta checks Russian (ru) and Hebrew (he) translations"));
  }

  private static Optional<Lang> knownTranslation(String code) {
    String base = base(code);
    String canonical = base.equals("iw") ? "he" : base;
    for (Lang lang : Lang.targets()) {
      if (lang.code().equals(canonical)) {
        return Optional.of(lang);
      }
    }
    return Optional.empty();
  }

  private static String base(String code) {
    return code.split("[-_]")[0].toLowerCase(Locale.ROOT);
  }

  private static Optional<String> first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Pattern attribute(String element, String attribute) {
    return Pattern.compile("<" + element + "\\b[^>]*?\\b" + attribute + "\\s*=\\s*[\"']([^\"']+)[\"']");
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
