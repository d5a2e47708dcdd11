package org.rosetta.document;

import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.lib.xliff2.XLIFFException;
import org.rosetta.text.InputException;

/** Runs one of the Okapi Framework's filters over a file, for the documents and the bilingual files alike. */
public final class OkapiFilters {
  private OkapiFilters() {}

  /**
   * Hands each text unit the filter finds to {@code each}, in file order, and closes both.
   *
   * @param what what the file is read as, for the message when the filter gives up on it
   * @throws InputException naming the file when it does not parse (Okapi's XLIFF 2 reader throws
   *     its own exceptions, the other filters Okapi's)
   */
  public static void forEachUnit(String origin, String what, IFilter filter, RawDocument raw, Consumer<ITextUnit> each) {
    try (filter; raw) {
      filter.open(raw);
      while (filter.hasNext()) {
        Event event = filter.next();
        if (event.isTextUnit()) {
          each.accept(event.getTextUnit());
        }
      }
    } catch (OkapiException | XLIFFException e) {
      throw InputException.unreadable(origin, what, e);
    } catch (RuntimeException e) {
      // Woodstox reports a bad entity lazily, unchecked, once the text is asked for (an ODT with a
      // DOCTYPE): the file is at fault, not Rosetta.
      if (e.getCause() instanceof XMLStreamException) {
        throw InputException.unreadable(origin, what, e);
      }
      throw e;
    }
  }
}
