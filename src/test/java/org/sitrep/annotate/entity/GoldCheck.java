package org.sitrep.annotate.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Extraction;
import org.sitrep.lexicon.Names;

/**
 * Compares an extraction's entities with a gold file the way the scorer does (type, then Wikidata
 * id or a normalised name; one to one, required first), for quick checks of the entity layer.
 */
public final class GoldCheck {

    /** The outcome for one article. */
    public record Result(String id, List<String> missed, List<String> extra, int matched, int required,
                         String publisher, String goldPublisher, String issued, String goldIssued) {
        public String report() {
            return id + ": matched " + matched + "/" + required + " required; missed " + missed + "; extra " + extra
                    + "; publisher " + publisher + " (gold " + goldPublisher + "); issued " + issued + " (gold " + goldIssued + ")";
        }
    }

    private GoldCheck() { }

    public static JsonObject gold(Path file) {
        try {
            return JSON.parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String scoredType(EntityType t) {
        return switch (t) {
            case PLACE -> "Place";
            case FORCE -> "Force";
            default -> "Source";
        };
    }

    public static Result compare(JsonObject gold, Extraction x) {
        List<Entity> nodes = new ArrayList<>(x.entities().values());
        Set<Entity> used = new HashSet<>();
        List<String> missed = new ArrayList<>();
        int matched = 0, required = 0;
        JsonArray ents = gold.get("entities").getAsArray();
        for (int pass = 0; pass < 2; pass++) {
            for (JsonValue v : ents) {
                JsonObject g = v.getAsObject();
                boolean optional = g.hasKey("optional") && g.get("optional").getAsBoolean().value();
                if (optional != (pass == 1)) continue;
                if (!optional) required++;
                Entity hit = null;
                for (Entity n : nodes) {
                    if (!used.contains(n) && matches(g, n)) { hit = n; break; }
                }
                if (hit != null) { used.add(hit); if (!optional) matched++; }
                else if (!optional) missed.add(g.get("key").getAsString().value());
            }
        }
        List<String> extra = new ArrayList<>();
        for (Entity n : nodes) if (!used.contains(n)) extra.add(n.id() + " \"" + n.label + "\"");
        String goldPub = gold.get("publisher").isNull() ? null : gold.get("publisher").getAsString().value();
        String goldDate = gold.get("published").isNull() ? null : gold.get("published").getAsString().value();
        return new Result(gold.get("id").getAsString().value(), missed, extra, matched, required,
                x.publisher(), goldPub, x.issued() == null ? null : x.issued().toString(), goldDate);
    }

    private static boolean matches(JsonObject g, Entity n) {
        Set<String> types = new HashSet<>();
        types.add(g.get("type").getAsString().value());
        if (g.hasKey("alt_types")) for (JsonValue t : g.get("alt_types").getAsArray()) types.add(t.getAsString().value());
        if (!types.contains(scoredType(n.type))) return false;
        JsonValue wd = g.get("wikidata");
        if (wd != null && n.wikidata != null) {
            if (wd.isString() && wd.getAsString().value().equals(n.wikidata)) return true;
            if (wd.isArray()) for (JsonValue q : wd.getAsArray()) if (q.getAsString().value().equals(n.wikidata)) return true;
        }
        Set<String> names = new HashSet<>();
        names.add(Names.norm(n.label));
        for (String a : n.altLabels) names.add(Names.norm(a));
        for (JsonValue name : g.get("names").getAsArray()) if (names.contains(Names.norm(name.getAsString().value()))) return true;
        return false;
    }
}
