package org.rosetta.api;

import java.util.List;
import org.rosetta.review.CheckEvent;

/** A check's history, oldest first. */
public record CheckEvents(long check, List<Event> events) {
  /**
   * One change, in segment ids.
   *
   * @param at ISO-8601 instant
   * @param action created, verdict, relink, merge, split, finding or deleted
   * @param before the state before ({@code unreviewed}; {@code en-1 → ru-1; en-2 → ru-2}; {@code ∅} for an empty side)
   */
  public record Event(String at, String user, String action, String lang, String subject, String before, String after) {
    static Event of(CheckEvent e) {
      return new Event(e.at.toString(), e.username, e.action.code(), e.lang, e.subject, e.before, e.after);
    }
  }

  static CheckEvents of(long checkId, List<CheckEvent> events) {
    return new CheckEvents(checkId, events.stream().map(Event::of).toList());
  }
}
