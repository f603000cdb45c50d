package org.sitrep.link;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.Entity;
import org.sitrep.gazetteer.Gazetteer;

/** Decides Wikidata links for entities met together (one article, or a batch of stored entities). */
public interface Linker {
    /**
     * Links for those of {@code entities} that can be linked with enough confidence, by
     * {@link Entity#id()}. Entities that already carry a Wikidata id get their coordinates and
     * country filled in when known. Nothing is changed on the entities themselves.
     *
     * @param context text the entities were met in (the article), or "" when unknown
     */
    Map<String, Link> link(Collection<Entity> entities, String context);

    /** The gazetteer linker over {@link Gazetteer#standard()}. */
    static Linker standard() { return GazetteerLinker.standard(); }

    /**
     * This linker, then {@code next} for the entities this one left without a Wikidata id; the
     * facts of both are combined (this one's coordinates, country and subtype win when it has them).
     */
    default Linker then(Linker next) {
        Linker first = this;
        return (entities, context) -> {
            Map<String, Link> out = new java.util.TreeMap<>(first.link(entities, context));
            List<Entity> rest = entities.stream()
                    .filter(e -> e.wikidata == null && (out.get(e.id()) == null || out.get(e.id()).qid() == null)).toList();
            if (rest.isEmpty()) return out;
            for (Map.Entry<String, Link> n : next.link(rest, context).entrySet()) {
                Link a = out.get(n.getKey()), b = n.getValue();
                out.put(n.getKey(), a == null ? b : new Link(b.entityId(), b.qid(), b.confidence(),
                        a.lat() != null ? a.lat() : b.lat(), a.lat() != null ? a.lon() : b.lon(),
                        a.country() != null ? a.country() : b.country(), a.subtype() != null ? a.subtype() : b.subtype(), b.label()));
            }
            return out;
        };
    }
}
