package org.rosetta.library;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rosetta.Evidence;
import org.rosetta.cache.RecentResults;
import org.rosetta.store.ContentHash;
import org.rosetta.store.NotFound;
import org.rosetta.store.StoredTime;
import org.rosetta.store.UniqueRows;
import org.rosetta.terminology.Glossary;
import org.rosetta.terminology.GlossaryReader;
import org.rosetta.terminology.TermMatcher;

/** Stored glossaries: uploaded once, chosen by id for any number of checks. */
@ApplicationScoped
public class GlossaryService {
  private static final int INLINE_KEPT = 16;

  /** Stored glossaries never change, so their parsed form and matcher can be kept. */
  private final Map<Long, Glossary> parsed = new ConcurrentHashMap<>();

  private final Map<Long, TermMatcher> matchers = new ConcurrentHashMap<>();

  /** Inline glossaries by name and content: a client that sends its glossary with every check sends the same one. */
  private final RecentResults<InlineGlossary, TermMatcher> inline = new RecentResults<>(INLINE_KEPT);

  private record InlineGlossary(String fileName, String content) {}

  private final Event<GlossaryRemoved> removed;

  public GlossaryService(Event<GlossaryRemoved> removed) {
    this.removed = removed;
  }

  /**
   * The stored glossary with this name and content, parsed and stored now if there is none: an
   * identical upload, alone or with a check, finds the glossary stored the first time, so it can
   * be chosen for the next check. Runs in a transaction of its own.
   *
   * @throws org.rosetta.text.InputException naming the file and line when it does not parse
   */
  public Kept keep(String fileName, String content) {
    String hash = ContentHash.sha256(content);
    StoredGlossary known = find(fileName, hash);
    if (known != null) {
      return new Kept(known, false);
    }
    Glossary glossary = GlossaryReader.read(fileName, content);
    StoredGlossary row = row(fileName, content, hash, glossary);
    Optional<StoredGlossary> first = UniqueRows.persistOrFind(row, () -> find(fileName, hash));
    if (first.isPresent()) {
      return new Kept(first.get(), false);
    }
    parsed.put(row.id, glossary);
    return new Kept(row, true);
  }

  /** A glossary as {@link #keep} found or stored it. */
  public record Kept(StoredGlossary glossary, boolean created) {}

  private static StoredGlossary find(String fileName, String hash) {
    return QuarkusTransaction.joiningExisting()
        .call(() -> StoredGlossary.<StoredGlossary>find("name = ?1 and contentHash = ?2", fileName, hash).firstResult());
  }

  private static StoredGlossary row(String fileName, String content, String hash, Glossary glossary) {
    StoredGlossary row = new StoredGlossary();
    row.name = fileName;
    row.content = content;
    row.contentHash = hash;
    row.concepts = glossary.concepts().size();
    row.createdAt = StoredTime.now();
    return row;
  }

  public StoredGlossary find(long id) {
    StoredGlossary row = StoredGlossary.findById(id);
    if (row == null) {
      throw new NotFound("glossary " + id);
    }
    return row;
  }

  public Glossary glossary(StoredGlossary row) {
    return parsed.computeIfAbsent(row.id, id -> GlossaryReader.read(row.name, row.content));
  }

  /** The term matcher of a stored glossary ({@link TermMatcher#NONE} when it has no terms). */
  public TermMatcher matcher(StoredGlossary row) {
    return matchers.computeIfAbsent(row.id, id -> Evidence.of(glossary(row)).terms());
  }

  /**
   * The term matcher of a glossary sent with a check ({@link TermMatcher#NONE} when it has no terms).
   *
   * @throws org.rosetta.text.InputException naming the file and line when it does not parse
   */
  public TermMatcher inlineMatcher(String fileName, String content) {
    return inline.get(new InlineGlossary(fileName, content), g -> Evidence.of(GlossaryReader.read(g.fileName(), g.content())).terms());
  }

  /**
   * Deletes a stored glossary. The checks that used it keep its name and content (they were
   * checked with it) and no longer point to it. Runs in a transaction of its own.
   */
  public void delete(long id) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              StoredGlossary row = find(id);
              removed.fire(new GlossaryRemoved(row));
              row.delete();
            });
    parsed.remove(id);
    matchers.remove(id);
  }

  /** All glossaries, newest first; there are few, so no paging. */
  public List<StoredGlossary> list() {
    return StoredGlossary.list("order by createdAt desc, id desc");
  }
}
