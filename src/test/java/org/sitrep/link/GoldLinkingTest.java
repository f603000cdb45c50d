package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Span;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.lexicon.Names;

/**
 * The linker on the five seed articles' gold entities (copied from ../shared/gold): at least 95% of
 * the gold Wikidata ids found, at most one wrong link in fifty entities.
 */
class GoldLinkingTest {
    private record Score(int goldIds, int right, int wrong, int entities, List<String> problems) { }

    @Test
    void goldEntitiesWithTheirKeys() throws IOException {
        Score s = score(true);
        assertTrue(s.right() >= 0.95 * s.goldIds(), "right " + s.right() + "/" + s.goldIds() + " " + s.problems());
        assertTrue(s.wrong() * 50 <= Math.max(50, s.entities()), "wrong " + s.wrong() + " " + s.problems());
    }

    @Test
    void goldEntitiesByNameOnly() throws IOException {
        Score s = score(false);
        assertTrue(s.right() >= 0.9 * s.goldIds(), "right " + s.right() + "/" + s.goldIds() + " " + s.problems());
        assertTrue(s.wrong() * 50 <= Math.max(50, s.entities()), "wrong " + s.wrong() + " " + s.problems());
    }

    private static Score score(boolean goldKeys) throws IOException {
        GazetteerLinker linker = GazetteerLinker.standard();
        int goldIds = 0, right = 0, wrong = 0, n = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            JsonObject gold;
            try (InputStream in = GoldLinkingTest.class.getResourceAsStream("/seeds-gold/seed-00" + i + ".json")) {
                gold = JSON.parse(in);
            }
            String text = Files.readString(Path.of("seeds", gold.getString("file")), StandardCharsets.UTF_8);
            List<Entity> entities = new ArrayList<>();
            List<Set<String>> accepted = new ArrayList<>();
            for (JsonValue v : gold.get("entities").getAsArray()) {
                JsonObject g = v.getAsObject();
                List<String> names = new ArrayList<>();
                g.get("names").getAsArray().forEach(x -> names.add(x.getAsString().value()));
                String key = goldKeys ? g.getString("key") : Names.slug(names.get(0));
                Entity e = new Entity(key, type(g.getString("type"), g.getString("key")), names.get(0));
                e.altLabels.addAll(names.subList(1, names.size()));
                for (String name : names) {
                    int at = text.indexOf(name);
                    if (at >= 0) e.mentions.add(new Span(at, at + name.length()));
                }
                Set<String> ids = new TreeSet<>();
                JsonValue w = g.get("wikidata");
                if (w != null && w.isString()) ids.add(w.getAsString().value());
                if (w != null && w.isArray()) w.getAsArray().forEach(x -> ids.add(x.getAsString().value()));
                entities.add(e);
                accepted.add(ids);
            }
            Map<String, Link> links = linker.link(entities, text);
            for (int j = 0; j < entities.size(); j++) {
                Entity e = entities.get(j);
                Link l = links.get(e.id());
                String got = l == null ? null : l.qid();
                Set<String> ids = accepted.get(j);
                n++;
                if (!ids.isEmpty()) goldIds++;
                if (got != null && ids.contains(got)) right++;
                else if (got != null) { wrong++; problems.add("WRONG " + e + " -> " + got); }
                else if (!ids.isEmpty()) problems.add("MISSED " + e + " " + ids);
            }
        }
        System.out.printf("gold linking (%s): %d/%d ids right, %d wrong links over %d entities%n",
                goldKeys ? "gold keys" : "names only", right, goldIds, wrong, n);
        return new Score(goldIds, right, wrong, n, problems);
    }

    /** The type an extractor would give: Sources are persons when the gazetteer knows a person by that key. */
    private static EntityType type(String goldType, String key) {
        return switch (goldType) {
            case "Place" -> EntityType.PLACE;
            case "Force" -> EntityType.FORCE;
            default -> Gazetteer.standard().byKey("person", key) != null ? EntityType.PERSON : EntityType.MEDIA_OUTLET;
        };
    }
}
