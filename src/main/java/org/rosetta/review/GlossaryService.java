package org.rosetta.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rosetta.terminology.Glossary;
import org.rosetta.terminology.GlossaryReader;

/** Stored glossaries: uploaded once, chosen by id for any number of checks. */
@ApplicationScoped
public class GlossaryService {
  /** Stored glossaries never change, so their parsed form can be kept. */
  private final Map<Long, Glossary> parsed = new ConcurrentHashMap<>();

  /**
   * Parses and stores a glossary.
   *
   * @throws org.rosetta.text.InputException naming the file and line when it does not parse
   */
  public StoredGlossary store(String fileName, String content) {
    Glossary glossary = GlossaryReader.read(fileName, content);
    StoredGlossary row = new StoredGlossary();
    row.name = fileName;
    row.content = content;
    row.concepts = glossary.concepts().size();
    row.createdAt = Instant.now();
    QuarkusTransaction.requiringNew().run(row::persist);
    parsed.put(row.id, glossary);
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

  /** All glossaries, newest first; there are few, so no paging. */
  public List<StoredGlossary> list() {
    return StoredGlossary.list("order by createdAt desc, id desc");
  }
}
