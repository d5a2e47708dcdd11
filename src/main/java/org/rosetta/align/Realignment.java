package org.rosetta.align;

import org.rosetta.text.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reviewer's corrections to an alignment. The result keeps the aligner's shape (links in text
 * order, each a contiguous run of sentences on both sides), so every rule runs on it unchanged; a
 * move that would cross other links takes the sentences between along, as a monotone alignment must.
 */
public final class Realignment {
  /** Which text a segment index refers to. */
  public enum Side {
    SOURCE,
    TARGET
  }

  /**
   * @param links the alignment after the change
   * @param decided index in {@code links} of the link the reviewer made (it counts as accepted)
   */
  public record Result(List<Link> links, int decided) {
    public Result {
      links = List.copyOf(links);
    }
  }

  /** The reviewer's own links are certain; the score says so. */
  private static final double DECIDED = 1.0;

  private Realignment() {}

  /** Moves segment {@code segment} of {@code side} into link {@code destination}. */
  public static Result attach(List<Link> links, Side side, int segment, int destination) {
    if (side == Side.SOURCE) {
      return flip(attach(flip(links), Side.TARGET, segment, destination));
    }
    int current = linkOf(links, side, segment);
    checkIndex(links, destination);
    if (current == destination) {
      throw new Refusal("the segment is already in that link");
    }
    List<Link> out = new ArrayList<>();
    int decided = -1;
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      int from = l.targetFrom();
      int to = l.targetTo();
      if (destination < current) {
        if (i == destination) {
          to = segment + 1;
        } else if (i > destination && i < current) {
          from = to = segment + 1;
        } else if (i == current) {
          from = segment + 1;
        }
      } else {
        if (i == current) {
          to = segment;
        } else if (i > current && i < destination) {
          from = to = segment;
        } else if (i == destination) {
          from = segment;
        }
      }
      if (i == destination) {
        decided = out.size();
      }
      add(out, l.sourceFrom(), l.sourceTo(), from, to, i == destination ? DECIDED : l.score());
    }
    return new Result(out, decided);
  }

  /** Takes segment {@code segment} of {@code side} out of its link, as an omission or addition. */
  public static Result detach(List<Link> links, Side side, int segment) {
    if (side == Side.SOURCE) {
      return flip(detach(flip(links), Side.TARGET, segment));
    }
    int current = linkOf(links, side, segment);
    Link l = links.get(current);
    if (l.targetCount() == 1 && l.sourceCount() == 0) {
      throw new Refusal("the segment is not linked to anything");
    }
    boolean first = segment == l.targetFrom();
    if (!first && segment != l.targetTo() - 1) {
      throw new Refusal(
          "the segment is in the middle of its link; detach the segments after it first, or split the link");
    }
    List<Link> out = new ArrayList<>(links.subList(0, current));
    Link alone;
    if (first) {
      alone = new Link(l.sourceFrom(), l.sourceFrom(), segment, segment + 1, DECIDED);
      out.add(alone);
      add(out, l.sourceFrom(), l.sourceTo(), segment + 1, l.targetTo(), l.score());
    } else {
      add(out, l.sourceFrom(), l.sourceTo(), l.targetFrom(), segment, l.score());
      alone = new Link(l.sourceTo(), l.sourceTo(), segment, segment + 1, DECIDED);
      out.add(alone);
    }
    int decided = out.indexOf(alone);
    out.addAll(links.subList(current + 1, links.size()));
    return new Result(out, decided);
  }

  /** Joins link {@code index} with the link after it. */
  public static Result merge(List<Link> links, int index) {
    checkIndex(links, index);
    if (index + 1 >= links.size()) {
      throw new Refusal("the last link has no following link to merge with");
    }
    Link a = links.get(index);
    Link b = links.get(index + 1);
    List<Link> out = new ArrayList<>(links.subList(0, index));
    out.add(new Link(a.sourceFrom(), b.sourceTo(), a.targetFrom(), b.targetTo(), DECIDED));
    out.addAll(links.subList(index + 2, links.size()));
    return new Result(out, index);
  }

  /**
   * Cuts link {@code index} in two: its first {@code sources} source and {@code targets} target
   * segments, and the rest. The first part is the reviewer's decision.
   */
  public static Result split(List<Link> links, int index, int sources, int targets) {
    checkIndex(links, index);
    Link l = links.get(index);
    if (sources < 0 || sources > l.sourceCount() || targets < 0 || targets > l.targetCount()) {
      throw new Refusal(
          "a " + l.shape() + " link cannot be split after " + sources + " source and " + targets + " target segments");
    }
    if (sources + targets == 0 || sources + targets == l.sourceCount() + l.targetCount()) {
      throw new Refusal("both parts of a split must keep at least one segment");
    }
    List<Link> out = new ArrayList<>(links.subList(0, index));
    out.add(new Link(l.sourceFrom(), l.sourceFrom() + sources, l.targetFrom(), l.targetFrom() + targets, DECIDED));
    out.add(new Link(l.sourceFrom() + sources, l.sourceTo(), l.targetFrom() + targets, l.targetTo(), l.score()));
    out.addAll(links.subList(index + 1, links.size()));
    return new Result(out, index);
  }

  /**
   * Replaces links {@code from} to {@code to} (both included) with the aligner's links of the
   * sentences they hold: the aligner's second try at a stretch a reviewer selects. No link of the
   * result is the reviewer's own ({@code decided} is -1); the links the aligner makes again as they
   * were keep their verdicts.
   *
   * @param aligned the aligner's links of those sentences, counted from the range's first source
   *     and target segment, covering them all in order
   */
  public static Result realignRange(List<Link> links, int from, int to, List<Link> aligned) {
    checkIndex(links, from);
    checkIndex(links, to);
    if (to <= from) {
      throw new Refusal("a range to align again needs two links or more, the first before the last");
    }
    int sourceFrom = links.get(from).sourceFrom();
    int targetFrom = links.get(from).targetFrom();
    int sources = links.get(to).sourceTo() - sourceFrom;
    int targets = links.get(to).targetTo() - targetFrom;
    int s = 0;
    int t = 0;
    List<Link> out = new ArrayList<>(links.subList(0, from));
    for (Link l : aligned) {
      if (l.sourceFrom() != s || l.targetFrom() != t) {
        throw new IllegalArgumentException("the aligner's links of the range leave a gap or overlap at " + l);
      }
      s = l.sourceTo();
      t = l.targetTo();
      out.add(new Link(l.sourceFrom() + sourceFrom, l.sourceTo() + sourceFrom, l.targetFrom() + targetFrom, l.targetTo() + targetFrom, l.score()));
    }
    if (s != sources || t != targets) {
      throw new IllegalArgumentException("the aligner's links of the range cover " + s + " and " + t + " segments, not " + sources + " and " + targets);
    }
    out.addAll(links.subList(to + 1, links.size()));
    return new Result(out, -1);
  }

  /** Index of the link that holds segment {@code segment} of {@code side}. */
  public static int linkOf(List<Link> links, Side side, int segment) {
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      int from = side == Side.SOURCE ? l.sourceFrom() : l.targetFrom();
      int to = side == Side.SOURCE ? l.sourceTo() : l.targetTo();
      if (segment >= from && segment < to) {
        return i;
      }
    }
    throw new Refusal("no link holds " + side.name().toLowerCase(Locale.ROOT) + " segment " + segment);
  }

  private static void checkIndex(List<Link> links, int index) {
    if (index < 0 || index >= links.size()) {
      throw new Refusal("no link number " + index);
    }
  }

  /** Adds the link unless the change left it with no segment on either side. */
  private static void add(List<Link> out, int sourceFrom, int sourceTo, int targetFrom, int targetTo, double score) {
    if (sourceTo > sourceFrom || targetTo > targetFrom) {
      out.add(new Link(sourceFrom, sourceTo, targetFrom, targetTo, score));
    }
  }

  private static List<Link> flip(List<Link> links) {
    return links.stream().map(Realignment::flip).toList();
  }

  private static Link flip(Link l) {
    return new Link(l.targetFrom(), l.targetTo(), l.sourceFrom(), l.sourceTo(), l.score());
  }

  private static Result flip(Result r) {
    return new Result(flip(r.links()), r.decided());
  }
}
