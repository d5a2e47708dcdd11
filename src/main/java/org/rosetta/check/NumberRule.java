package org.rosetta.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rosetta.align.Link;
import org.rosetta.lang.Language;
import org.rosetta.lang.quantity.Bound;
import org.rosetta.lang.quantity.Quantity;
import org.rosetta.lang.quantity.Reading;
import org.rosetta.lang.quantity.Unit;
import org.rosetta.text.Lang;
import org.rosetta.text.Placeholders;
import org.rosetta.text.Segment;
import org.rosetta.text.SegmentId;
import org.rosetta.text.Span;

/**
 * Quantities must survive translation ({@code numbers.mismatch}), compared as amounts rather than
 * digit strings: "1,500" = "1 500", "twelve" = "12", "XV век" = "15th century", "1 p.m." =
 * "13:00", "the 1980s" = "80-е", "$2.3 billion" = "2,3 млрд", and "200 miles" = "322 km" within a
 * translator's rounding. A number in digits that the translation lacks, or that it adds, is an
 * error; a conversion that does not check out is one error that says what was expected; one
 * that checks out is a note ({@code numbers.converted}). Number words only help to match: a
 * translator may drop "one" of "one cent" or write "двое". A number that the alignment places in
 * the neighbouring link is not missing.
 */
public final class NumberRule implements Rule {
  private static final MathContext SHOWN = new MathContext(3);

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    // The English segments are read once for both translations.
    Map<Segment, List<Quantity>> read = new IdentityHashMap<>();
    for (Lang lang : context.targets()) {
      List<Passage> passages = new ArrayList<>();
      for (Link link : context.alignments().get(lang)) {
        boolean compared = !link.isOmission() && !link.isAddition();
        passages.add(
            new Passage(
                link,
                compared ? quantities(context.sourceOf(link), read) : List.of(),
                compared ? quantities(context.targetOf(lang, link), read) : List.of()));
      }
      passages.forEach(Passage::match);
      for (int k = 0; k < passages.size(); k++) {
        for (int near : new int[] {k - 1, k + 1}) {
          if (near >= 0 && near < passages.size()) {
            passages.get(k).matchAcross(passages.get(near));
          }
        }
      }
      for (Passage p : passages) {
        findings.addAll(p.findings(context, lang));
      }
    }
    return findings;
  }

  private static List<Located> quantities(List<Segment> segments, Map<Segment, List<Quantity>> read) {
    List<Located> out = new ArrayList<>();
    for (Segment s : segments) {
      for (Quantity q : read.computeIfAbsent(s, NumberRule::quantities)) {
        out.add(new Located(s, q));
      }
    }
    return out;
  }

  /** A segment's quantities but those inside labels and placeholders ("(PERSON4)"), which {@link PlaceholderRule} checks. */
  private static List<Quantity> quantities(Segment segment) {
    List<Placeholders.Placeholder> kept = Placeholders.find(segment.text());
    return Language.of(segment.lang()).quantities(segment.text()).stream()
        .filter(q -> kept.stream().noneMatch(p -> p.kind() != Placeholders.Kind.ADDRESS && p.start() < q.end() && q.start() < p.end()))
        .toList();
  }

  private record Located(Segment segment, Quantity quantity) {
    Span span() {
      return segment.spanOf(quantity.start(), quantity.end());
    }
  }

  /** One link's quantities on both sides and which of them have found their counterpart. */
  private static final class Passage {
    final Link link;
    final List<Located> source;
    final List<Located> target;
    final int[] targetOf;
    final boolean[] targetMatched;

    Passage(Link link, List<Located> source, List<Located> target) {
      this.link = link;
      this.source = source;
      this.target = target;
      this.targetOf = new int[source.size()];
      this.targetMatched = new boolean[target.size()];
    }

    void match() {
      int[] pairs = QuantityMatch.match(plain(source), plain(target));
      System.arraycopy(pairs, 0, targetOf, 0, pairs.length);
      for (int t : pairs) {
        if (t >= 0) {
          targetMatched[t] = true;
        }
      }
    }

    /** Numbers left over here that the neighbouring link's leftovers render, either way. */
    void matchAcross(Passage near) {
      for (int s = 0; s < source.size(); s++) {
        if (targetOf[s] >= 0 || !source.get(s).quantity().checked()) {
          continue;
        }
        for (int t = 0; t < near.target.size(); t++) {
          if (!near.targetMatched[t] && QuantityMatch.how(source.get(s).quantity(), near.target.get(t).quantity()).isPresent()) {
            near.targetMatched[t] = true;
            targetOf[s] = Integer.MAX_VALUE;
            break;
          }
        }
      }
      for (int t = 0; t < target.size(); t++) {
        if (targetMatched[t] || !target.get(t).quantity().checked()) {
          continue;
        }
        for (int s = 0; s < near.source.size(); s++) {
          if (near.targetOf[s] < 0 && QuantityMatch.how(near.source.get(s).quantity(), target.get(t).quantity()).isPresent()) {
            near.targetOf[s] = Integer.MAX_VALUE;
            targetMatched[t] = true;
            break;
          }
        }
      }
    }

    List<Finding> findings(CheckContext context, Lang lang) {
      List<Finding> out = new ArrayList<>();
      List<SegmentId> ids = context.ids(lang, link);
      List<Located> missing = new ArrayList<>();
      for (int s = 0; s < source.size(); s++) {
        Located q = source.get(s);
        if (targetOf[s] >= 0 && targetOf[s] < target.size()) {
          converted(q, target.get(targetOf[s]), lang, ids).ifPresent(out::add);
          otherMonth(q, target.get(targetOf[s]), target, lang, ids).ifPresent(out::add);
          otherBound(q, target.get(targetOf[s]), lang, ids).ifPresent(out::add);
        } else if (targetOf[s] < 0 && q.quantity().checked() && !restatedElsewhere(s)) {
          missing.add(q);
        }
      }
      // A code may be renamed or dropped ("COVID-19" → "коронавирус"), but not changed: a code
      // of the translation is checked when the English has a code left unmatched beside it.
      boolean codeLeft = false;
      for (int s = 0; s < source.size(); s++) {
        codeLeft |= targetOf[s] < 0 && source.get(s).quantity().source() == Quantity.Source.CODE;
      }
      List<Located> added = new ArrayList<>();
      for (int t = 0; t < target.size(); t++) {
        Located q = target.get(t);
        boolean checked = q.quantity().checked() || (codeLeft && q.quantity().source() == Quantity.Source.CODE);
        if (!targetMatched[t] && checked && !accompanied(q)) {
          added.add(q);
        }
      }
      for (Located s : List.copyOf(missing)) {
        Optional<Located> wrong = added.stream().filter(t -> sameDimension(s, t)).findFirst();
        if (wrong.isPresent()) {
          out.add(wrongConversion(s, wrong.get(), lang, ids));
          missing.remove(s);
          added.remove(wrong.get());
        }
      }
      for (Located s : missing) {
        out.add(mismatch(lang, ids, List.of(s.span()), "the number " + s.quantity().text() + " of " + s.segment().id() + " is missing from the translation", null, s.quantity().text()));
      }
      for (Located t : added) {
        out.add(mismatch(lang, ids, List.of(t.span()), "the number " + t.quantity().text() + " in " + t.segment().id() + " is not in the English", null, t.quantity().text()));
      }
      return out;
    }

    /**
     * "45 miles (72 kilometres)": one of the two is enough in the translation, and when neither
     * is there, the first one is reported.
     */
    private boolean restatedElsewhere(int s) {
      for (int other = 0; other < source.size(); other++) {
        if (other != s && (targetOf[other] >= 0 || other < s) && QuantityMatch.restate(source.get(s).quantity(), source.get(other).quantity())) {
          return true;
        }
      }
      return false;
    }

    /** The century beside a decade, the minutes of a time, a restated amount in the translation. */
    private boolean accompanied(Located t) {
      for (Located s : source) {
        if (QuantityMatch.accompanies(s.quantity(), t.quantity())) {
          return true;
        }
      }
      for (int other = 0; other < target.size(); other++) {
        if (targetMatched[other] && target.get(other) != t && QuantityMatch.restate(t.quantity(), target.get(other).quantity())) {
          return true;
        }
      }
      return false;
    }
  }

  private static List<Quantity> plain(List<Located> located) {
    return located.stream().map(Located::quantity).toList();
  }

  private static boolean sameDimension(Located s, Located t) {
    Optional<Unit> from = s.quantity().unit();
    Optional<Unit> to = t.quantity().unit();
    return from.isPresent() && to.isPresent() && from.get().dimension() == to.get().dimension();
  }

  private static Optional<Finding> converted(Located s, Located t, Lang lang, List<SegmentId> ids) {
    Optional<Reading> how = QuantityMatch.how(s.quantity(), t.quantity());
    if (how.isEmpty() || !how.get().converted()) {
      return Optional.empty();
    }
    String message = "converted: " + s.quantity().text() + " ≈ " + t.quantity().text();
    return Optional.of(finding(RuleId.NUMBERS_CONVERTED, Severity.INFO, lang, ids, List.of(s.span(), t.span()), message, null, t.quantity().text()));
  }

  /** "not far off 10 percent" → "не более 10%": the amount kept, its qualifier turned around. */
  private static Optional<Finding> otherBound(Located s, Located t, Lang lang, List<SegmentId> ids) {
    Bound from = s.quantity().bound();
    Bound to = t.quantity().bound();
    if (!from.misrenderedAs(to)) {
      return Optional.empty();
    }
    String message = s.segment().id() + " says " + from.words() + " " + s.quantity().text() + ", the translation " + to.words() + " " + t.quantity().text();
    return Optional.of(finding(RuleId.NUMBERS_QUALIFIER, Severity.WARNING, lang, ids, List.of(s.span(), t.span()), message, from.words(), to.words()));
  }

  /**
   * "March 15" → "15 апреля": the day kept, the month changed; unless the translation has that
   * day of that month elsewhere in the link ("5 March and 5 April" written the other way round).
   */
  private static Optional<Finding> otherMonth(Located s, Located t, List<Located> translation, Lang lang, List<SegmentId> ids) {
    int from = s.quantity().month();
    int to = t.quantity().month();
    boolean elsewhere = translation.stream().anyMatch(o -> o.quantity().month() == from && o.quantity().value() == s.quantity().value());
    if (from == 0 || to == 0 || from == to || elsewhere) {
      return Optional.empty();
    }
    String expected = Month.of(from).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String found = Month.of(to).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String message = "the date " + s.quantity().text() + " " + expected + " of " + s.segment().id() + " is in " + found + " in the translation";
    return Optional.of(mismatch(lang, ids, List.of(s.span(), t.span()), message, expected, found));
  }

  private static Finding wrongConversion(Located s, Located t, Lang lang, List<SegmentId> ids) {
    Unit from = s.quantity().unit().orElseThrow();
    Unit to = t.quantity().unit().orElseThrow();
    double value = s.quantity().value();
    double expected = from == to ? value : from.convert(value, to);
    String shown = shown(expected) + " " + to.symbol();
    String message =
        from == to
            ? s.quantity().text() + " of " + s.segment().id() + " is " + t.quantity().text() + " in the translation"
            : s.quantity().text() + " ≈ " + shown + ", but the translation has " + t.quantity().text();
    return mismatch(lang, ids, List.of(s.span(), t.span()), message, shown, t.quantity().text());
  }

  private static String shown(double value) {
    return new BigDecimal(value).round(SHOWN).stripTrailingZeros().toPlainString();
  }

  private static Finding mismatch(Lang lang, List<SegmentId> ids, List<Span> spans, String message, String expected, String found) {
    return finding(RuleId.NUMBERS_MISMATCH, Severity.ERROR, lang, ids, spans, message, expected, found);
  }

  private static Finding finding(
      RuleId rule, Severity severity, Lang lang, List<SegmentId> ids, List<Span> spans, String message, String expected, String found) {
    return new Finding(rule, severity, lang, ids, spans, message, expected, found);
  }
}
