package org.sitrep.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.sitrep.lexicon.Names;

/**
 * The gold annotation of one article (format: ../shared/gold/FORMAT.md), read with Jena's JSON
 * parser. Field semantics follow the reference scorer: a flag is set when its JSON value is
 * "truthy" in Python's sense.
 */
public record Gold(String id, String file, String publisher, String published,
                   List<Entity> entities, List<Op> operations, List<ClaimGold> claims) {

    /** A gold entity: key, type, acceptable other types, surface names, Wikidata ids. */
    public record Entity(String key, String type, Set<String> altTypes, List<String> names,
                         Set<String> qids, String wikidataText, boolean optional) {
        /** The names after {@link Names#norm}. */
        public Set<String> normNames() {
            Set<String> out = new LinkedHashSet<>();
            for (String n : names) out.add(Names.norm(n));
            return out;
        }
    }

    /** A gold operation. */
    public record Op(List<String> names, List<String> targets, List<String> participants, boolean optional) { }

    /** A gold claim; {@code speaker} may be null. */
    public record ClaimGold(String speaker, List<String> altSpeakers, String evidence, boolean optional) { }

    /** Entities by key (the last one wins on duplicate keys, like a Python dict). */
    public Map<String, Entity> byKey() {
        Map<String, Entity> m = new LinkedHashMap<>();
        for (Entity e : entities) m.put(e.key(), e);
        return m;
    }

    /**
     * Every {@code *.json} of {@code dir} in file-name order, keyed by the article's file name
     * (the {@code file} field).
     */
    public static Map<String, Gold> readDir(Path dir) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": no such gold directory");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".json")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
        }
        files.sort((a, b) -> Py.CODE_POINT_ORDER.compare(a.getFileName().toString(), b.getFileName().toString()));
        Map<String, Gold> golds = new LinkedHashMap<>();
        for (Path p : files) {
            Gold g = read(p);
            golds.put(g.file(), g);
        }
        return golds;
    }

    /** Reads one gold file. */
    public static Gold read(Path file) {
        JsonObject o;
        try (InputStream in = Files.newInputStream(file)) {
            o = JSON.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        try {
            List<Entity> ents = new ArrayList<>();
            for (JsonValue v : array(o, "entities")) {
                JsonObject e = v.getAsObject();
                ents.add(new Entity(str(e, "key"), str(e, "type"), new LinkedHashSet<>(strings(e, "alt_types")),
                        strings(e, "names"), qids(e.get("wikidata")), wikidataText(e.get("wikidata")),
                        truthy(e.get("optional"))));
            }
            List<Op> ops = new ArrayList<>();
            for (JsonValue v : array(o, "operations")) {
                JsonObject e = v.getAsObject();
                ops.add(new Op(strings(e, "names"), strings(e, "targets"), strings(e, "participants"),
                        truthy(e.get("optional"))));
            }
            List<ClaimGold> claims = new ArrayList<>();
            for (JsonValue v : array(o, "claims")) {
                JsonObject e = v.getAsObject();
                claims.add(new ClaimGold(str(e, "speaker"), strings(e, "alt_speakers"), str(e, "evidence"),
                        truthy(e.get("optional"))));
            }
            String fileName = str(o, "file");
            if (fileName == null) throw new IllegalArgumentException("no \"file\" field");
            return new Gold(str(o, "id"), fileName, str(o, "publisher"), str(o, "published"), ents, ops, claims);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": bad gold annotation (" + e.getMessage() + ")", e);
        }
    }

    private static List<JsonValue> array(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.isNull()) return List.of();
        JsonArray a = v.getAsArray();
        return a;
    }

    private static String str(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    private static List<String> strings(JsonObject o, String field) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : array(o, field)) out.add(v.isNull() ? null : v.getAsString().value());
        return out;
    }

    /** {@code gold_qids}: a list, one id, or nothing. */
    private static Set<String> qids(JsonValue w) {
        Set<String> out = new LinkedHashSet<>();
        if (w == null || w.isNull()) return out;
        if (w.isArray()) {
            for (JsonValue v : w.getAsArray()) out.add(v.getAsString().value());
        } else if (truthy(w)) {
            out.add(w.getAsString().value());
        }
        return out;
    }

    /** How Python prints the {@code wikidata} value in an f-string (used in the verbose report). */
    private static String wikidataText(JsonValue w) {
        if (w == null || w.isNull()) return "None";
        if (w.isArray()) {
            List<String> ids = new ArrayList<>();
            for (JsonValue v : w.getAsArray()) ids.add(v.getAsString().value());
            return Py.listRepr(ids);
        }
        return w.isString() ? w.getAsString().value() : w.toString();
    }

    /** Python truthiness of a JSON value. */
    private static boolean truthy(JsonValue v) {
        if (v == null || v.isNull()) return false;
        if (v.isBoolean()) return v.getAsBoolean().value();
        if (v.isString()) return !v.getAsString().value().isEmpty();
        if (v.isNumber()) return v.getAsNumber().value().doubleValue() != 0;
        if (v.isArray()) return !v.getAsArray().isEmpty();
        if (v.isObject()) return !v.getAsObject().isEmpty();
        return true;
    }
}
