package org.rosetta.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rosetta.library.AcceptedUnits;
import org.rosetta.memory.MemoryUnit;
import org.rosetta.report.ReviewedLink;
import org.rosetta.text.Lang;
import org.rosetta.text.Segment;

/** The links reviewers accepted, as the memory learns from them: the texts each pairs. */
@ApplicationScoped
class AcceptedLinks implements AcceptedUnits {
  @Override
  public List<MemoryUnit> all() {
    List<StoredLink> links =
        StoredLink.list("status = ?1 and sourceTo > sourceFrom and targetTo > targetFrom order by check.id, lang, position", LinkStatus.ACCEPTED);
    Map<Long, Map<Lang, List<Segment>>> segmented = new HashMap<>();
    List<MemoryUnit> units = new ArrayList<>();
    for (StoredLink link : links) {
      ReviewedLink reviewed = link.reviewed(segmented.computeIfAbsent(link.check.id, id -> link.check.segments()));
      units.add(MemoryUnit.of(reviewed.sourceText(), reviewed.lang(), reviewed.targetText()));
    }
    return units;
  }
}
