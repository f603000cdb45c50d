package org.sitrep.link;

import java.util.Collection;
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
}
