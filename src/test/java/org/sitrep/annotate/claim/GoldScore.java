package org.sitrep.annotate.claim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.sitrep.annotate.AnnotationPipeline;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Extractors;
import org.sitrep.doc.Article;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Entity;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.Operation;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.lexicon.Names;
import org.sitrep.read.Readers;

/**
 * Scores claims and operations of a directory of articles against gold files in the format of
 * ../shared/gold/FORMAT.md, with the reference scorer's matching rules (evidence containment,
 * claimant by key or name, operation by target then participants).
 */
public final class GoldScore {
    public int claimTp, claimFp, claimFn, attrOk, attrTotal, opTp, opFp, opFn, partOk, partTotal;
    public final List<String> log = new ArrayList<>();

    private static AnnotationPipeline pipeline;

    public static synchronized AnnotationPipeline pipeline() {
        if (pipeline == null) {
            List<Annotator> annotators = new ArrayList<>(Extractors.annotators(Gazetteer.standard()));
            pipeline = new AnnotationPipeline("test", annotators);
        }
        return pipeline;
    }

    public double claimF1() { return f1(claimTp, claimFp, claimFn); }

    public double opF1() { return f1(opTp, opFp, opFn); }

    public double attribution() { return attrTotal == 0 ? 0 : (double) attrOk / attrTotal; }

    static double f1(int tp, int fp, int fn) {
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /** Scores every gold file of {@code goldDir} whose article is in {@code articleDir}. */
    public static GoldScore score(Path articleDir, Path goldDir) throws Exception {
        GoldScore s = new GoldScore();
        List<Path> golds;
        try (var st = Files.list(goldDir)) {
            golds = st.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            JsonObject gold = JSON.parse(Files.readString(g));
            Path file = articleDir.resolve(gold.getString("file"));
            if (!Files.exists(file)) continue;
            Article a = Readers.read(file);
            s.scoreOne(pipeline().extract(a), gold);
        }
        return s;
    }

    void scoreOne(Extraction x, JsonObject gold) {
        String file = gold.getString("file");
        if (Boolean.getBoolean("sitrep.verbose")) {
            for (Operation o : x.operations()) log.add(file + " OP " + o.key + " t=" + o.targets + " p=" + o.participants + " d=" + o.startDate + " " + o.altLabels);
            for (Claim c : x.claims()) log.add(file + " CLAIM " + c.kind + " by " + c.claimant + " relays=" + c.relays + " [" + c.text + "] fig=" + c.figures);
        }
        JsonArray ents = gold.get("entities").getAsArray();
        List<Claim> claims = new ArrayList<>(x.claims());
        Set<Claim> used = new HashSet<>();
        List<JsonObject> gcs = sortedOptionalLast(gold.get("claims").getAsArray());
        for (JsonObject gc : gcs) {
            String ev = Names.normText(gc.getString("evidence"));
            boolean optional = gc.hasKey("optional") && gc.get("optional").getAsBoolean().value();
            Claim hit = null;
            for (Claim c : claims) if (!used.contains(c) && Names.normText(c.text).contains(ev)) { hit = c; break; }
            List<String> speakers = new ArrayList<>();
            if (gc.hasKey("speaker") && gc.get("speaker").isString()) speakers.add(gc.getString("speaker"));
            if (gc.hasKey("alt_speakers")) for (JsonValue v : gc.get("alt_speakers").getAsArray()) speakers.add(v.getAsString().value());
            if (hit != null) {
                used.add(hit);
                if (optional) continue;
                claimTp++;
                if (!speakers.isEmpty()) {
                    attrTotal++;
                    Entity who = hit.claimant == null ? null : x.entities().get(hit.claimant);
                    if (speakers.stream().anyMatch(k -> matches(who, k, ents))) attrOk++;
                    else log.add(file + " ATTR " + gc.getString("evidence") + " -> " + who);
                }
            } else if (!optional) {
                claimFn++;
                if (!speakers.isEmpty()) attrTotal++;
                log.add(file + " MISS claim " + gc.getString("evidence"));
            }
        }
        for (Claim c : claims) {
            if (!used.contains(c)) {
                claimFp++;
                log.add(file + " EXTRA claim [" + c.text + "] by " + c.claimant);
            }
        }
        List<Operation> ops = new ArrayList<>(x.operations());
        Set<Operation> usedOps = new HashSet<>();
        for (JsonObject go : sortedOptionalLast(gold.get("operations").getAsArray())) {
            boolean optional = go.hasKey("optional") && go.get("optional").getAsBoolean().value();
            Operation hit = null;
            int best = -1;
            for (Operation o : ops) {
                if (usedOps.contains(o)) continue;
                boolean target = false;
                for (JsonValue t : go.get("targets").getAsArray())
                    for (String id : o.targets) target |= matches(x.entities().get(id), t.getAsString().value(), ents);
                if (!target) continue;
                int score = 0;
                for (JsonValue p : go.get("participants").getAsArray())
                    for (String id : o.participants) if (matches(x.entities().get(id), p.getAsString().value(), ents)) { score++; break; }
                if (score > best) { best = score; hit = o; }
            }
            if (hit != null) {
                usedOps.add(hit);
                if (optional) continue;
                opTp++;
                for (JsonValue p : go.get("participants").getAsArray()) {
                    partTotal++;
                    boolean ok = false;
                    for (String id : hit.participants) ok |= matches(x.entities().get(id), p.getAsString().value(), ents);
                    if (ok) partOk++;
                }
            } else if (!optional) {
                opFn++;
                log.add(file + " MISS op " + go.get("names").getAsArray().get(0));
            }
        }
        for (Operation o : ops) {
            if (!usedOps.contains(o)) {
                opFp++;
                log.add(file + " EXTRA op " + o.key + " " + o.targets + " " + o.altLabels);
            }
        }
    }

    private static List<JsonObject> sortedOptionalLast(JsonArray arr) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue v : arr) if (!(v.getAsObject().hasKey("optional") && v.getAsObject().get("optional").getAsBoolean().value())) out.add(v.getAsObject());
        for (JsonValue v : arr) if (v.getAsObject().hasKey("optional") && v.getAsObject().get("optional").getAsBoolean().value()) out.add(v.getAsObject());
        return out;
    }

    /** True when the entity is the gold entity {@code key}: same key, or a label equal to one of its names. */
    static boolean matches(Entity e, String key, JsonArray goldEntities) {
        if (e == null) return false;
        if (e.key.equals(key)) return true;
        for (JsonValue v : goldEntities) {
            JsonObject g = v.getAsObject();
            if (!g.getString("key").equals(key)) continue;
            Set<String> labels = new HashSet<>();
            labels.add(Names.norm(e.label));
            for (String l : e.altLabels) labels.add(Names.norm(l));
            for (JsonValue n : g.get("names").getAsArray()) if (labels.contains(Names.norm(n.getAsString().value()))) return true;
        }
        return false;
    }

    public String summary() {
        return String.format(Locale.ROOT, "claims tp=%d fp=%d fn=%d F1=%.3f attr=%.3f (%d/%d) | ops tp=%d fp=%d fn=%d F1=%.3f participants=%d/%d",
                claimTp, claimFp, claimFn, claimF1(), attribution(), attrOk, attrTotal, opTp, opFp, opFn, opF1(), partOk, partTotal);
    }

    static String read(Path p) throws IOException { return Files.readString(p); }
}
