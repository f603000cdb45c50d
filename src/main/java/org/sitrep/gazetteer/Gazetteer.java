package org.sitrep.gazetteer;

import java.util.Collection;
import java.util.List;

/** Names to verified entities (Natural Earth, Who's On First, curated actors), with press spellings. */
public interface Gazetteer {
    /** Entries one of whose names matches the surface form after normalisation; best prior first. */
    List<GazetteerEntry> lookup(String surface);

    /** All entries, for dictionary matching over a text. */
    Collection<GazetteerEntry> entries();

    static Gazetteer empty() {
        return new Gazetteer() {
            @Override public List<GazetteerEntry> lookup(String surface) { return List.of(); }
            @Override public Collection<GazetteerEntry> entries() { return List.of(); }
        };
    }
}
