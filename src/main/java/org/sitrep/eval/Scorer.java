package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sitrep.eval.Gold.ClaimGold;
import org.sitrep.eval.Gold.Entity;
import org.sitrep.eval.Gold.Op;
import org.sitrep.eval.SystemGraph.GNode;
import org.sitrep.eval.SystemGraph.SysClaim;
import org.sitrep.eval.SystemGraph.SysOp;
import org.sitrep.lexicon.Names;

/**
 * Scores a graph against gold annotations with the rules of ../shared/gold/FORMAT.md, as the
 * reference scorer ../shared/eval/score.py applies them (same matching order, same counting), so
 * that both give the same numbers.
 */
public final class Scorer {
    private static final Set<String> SCORED = Set.of("Place", "Force", "Source");
    private static final Comparator<Boolean> REQUIRED_FIRST = Boolean::compare;

    private final Map<Entity, Set<String>> normNames = new IdentityHashMap<>();

    /** Scores {@code graph} against {@code golds} (article file name → gold, in gold-file order). */
    public Report score(SystemGraph graph, Map<String, Gold> golds) {
        Map<String, int[]> typeCounts = new LinkedHashMap<>();  // type -> tp fp fn
        int[] untyped = new int[3];
        int linkOk = 0, linkTotal = 0, linkWrong = 0;
        int[] op = new int[3];
        int partOk = 0, partTotal = 0;
        int[] cl = new int[3];
        int attrOk = 0, attrTotal = 0;
        int pubOk = 0, pubTotal = 0, dateOk = 0, dateTotal = 0;
        Map<String, Set<String>> keyIris = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        Map<String, Report.ArticleDetail> details = new LinkedHashMap<>();

        for (Map.Entry<String, Gold> ge : golds.entrySet()) {
            String file = ge.getKey();
            Gold g = ge.getValue();
            Map<String, GNode> sysEnts = new LinkedHashMap<>();
            graph.perArticle.getOrDefault(file, Map.of()).forEach((iri, n) -> {
                if (intersects(n.types, SCORED) && !n.types.contains("Article")) sysEnts.put(iri, n);
            });
            if (!graph.perArticle.containsKey(file) && !graph.pubs.containsKey(file)) missing.add(file);
            List<Entity> ents = g.entities();
            List<Entity> requiredFirst = ents.stream().sorted(Comparator.comparing(Entity::optional, REQUIRED_FIRST)).toList();
            Map<String, Entity> byKey = g.byKey();

            // typed matching, one to one, required gold first
            Set<String> used = new HashSet<>();
            Map<String, String> matched = new LinkedHashMap<>();
            for (Entity e : requiredFirst) {
                for (Map.Entry<String, GNode> s : sysEnts.entrySet()) {
                    if (!used.contains(s.getKey()) && entMatch(e, s.getValue(), true)) {
                        used.add(s.getKey());
                        matched.put(e.key(), s.getKey());
                        break;
                    }
                }
            }
            Report.ArticleDetail art = new Report.ArticleDetail();
            for (Entity e : ents) {
                if (e.optional()) continue;
                int[] t = typeCounts.computeIfAbsent(e.type(), k -> new int[3]);
                if (matched.containsKey(e.key())) {
                    t[0]++;
                } else {
                    t[2]++;
                    art.missed().add(e.type() + ":" + firstName(e));
                }
            }
            for (Map.Entry<String, GNode> s : sysEnts.entrySet()) {
                if (used.contains(s.getKey())) continue;
                GNode n = s.getValue();
                String t = new TreeSet<>(intersection(n.types, SCORED)).first();
                typeCounts.computeIfAbsent(t, k -> new int[3])[1]++;
                String name = n.names.isEmpty() ? s.getKey() : n.names.stream().min(Py.CODE_POINT_ORDER).orElseThrow();
                art.extra().add(t + ":" + name);
            }
            // untyped detection
            Set<String> usedU = new HashSet<>();
            for (Entity e : requiredFirst) {
                String hit = null;
                for (Map.Entry<String, GNode> s : sysEnts.entrySet()) {
                    if (!usedU.contains(s.getKey()) && entMatch(e, s.getValue(), false)) { hit = s.getKey(); break; }
                }
                if (hit != null) {
                    usedU.add(hit);
                    if (!e.optional()) untyped[0]++;
                } else if (!e.optional()) {
                    untyped[2]++;
                }
            }
            untyped[1] += (int) sysEnts.keySet().stream().filter(k -> !usedU.contains(k)).count();
            // linking
            for (Entity e : ents) {
                if (e.optional() || e.qids().isEmpty()) continue;
                linkTotal++;
                String iri = matched.get(e.key());
                if (iri != null && intersects(e.qids(), sysEnts.get(iri).qids)) {
                    linkOk++;
                } else {
                    art.links().add(e.key() + "->" + e.wikidataText());
                }
            }
            for (Map.Entry<String, String> m : matched.entrySet()) {
                Set<String> q = sysEnts.get(m.getValue()).qids;
                Set<String> w = byKey.get(m.getKey()).qids();
                if (!q.isEmpty() && !w.isEmpty() && !intersects(w, q)) linkWrong++;
                keyIris.computeIfAbsent(m.getKey(), k -> new LinkedHashSet<>()).add(m.getValue());
            }
            // publisher and date
            if (notEmpty(g.publisher())) {
                pubTotal++;
                Entity pe = byKey.get(g.publisher());
                if (pe != null) {
                    for (String p : graph.pubs.getOrDefault(file, Set.of())) {
                        if (entMatch(pe, graph.node(p), false)) { pubOk++; break; }
                    }
                }
            }
            if (notEmpty(g.published())) {
                dateTotal++;
                if (graph.dates.getOrDefault(file, Set.of()).contains(g.published())) dateOk++;
            }
            // operations
            Map<String, SysOp> sysOps = graph.ops.getOrDefault(file, Map.of());
            Set<String> usedO = new HashSet<>();
            for (Op go : g.operations().stream().sorted(Comparator.comparing(Op::optional, REQUIRED_FIRST)).toList()) {
                List<Entity> tg = present(go.targets(), byKey);
                List<Entity> gp = present(go.participants(), byKey);
                String hit = null;
                int best = -1;
                for (Map.Entry<String, SysOp> so : sysOps.entrySet()) {
                    if (usedO.contains(so.getKey())) continue;
                    SysOp roles = so.getValue();
                    if (anyMatch(graph, tg, roles.role("target"))) {
                        int score = 0;
                        for (Entity p : gp) if (anyMatch(graph, List.of(p), roles.role("participant"))) score++;
                        if (score > best) { hit = so.getKey(); best = score; }
                    }
                }
                if (notEmpty(hit) && go.optional()) {
                    usedO.add(hit);
                } else if (notEmpty(hit)) {
                    usedO.add(hit);
                    op[0]++;
                    for (String pk : go.participants()) {
                        Entity pe = byKey.get(pk);
                        if (pe != null && !pe.optional()) {
                            partTotal++;
                            if (anyMatch(graph, List.of(pe), sysOps.get(hit).role("participant"))) partOk++;
                        }
                    }
                } else if (!go.optional()) {
                    op[2]++;
                    art.missed().add("Operation:" + (go.names().isEmpty() ? "" : go.names().get(0)));
                }
            }
            op[1] += (int) sysOps.keySet().stream().filter(k -> !usedO.contains(k)).count();
            // claims
            Map<String, SysClaim> sysCl = graph.claims.getOrDefault(file, Map.of());
            Set<String> usedC = new HashSet<>();
            for (ClaimGold gc : g.claims().stream().sorted(Comparator.comparing(ClaimGold::optional, REQUIRED_FIRST)).toList()) {
                String ev = Names.normText(gc.evidence());
                String hit = null;
                for (Map.Entry<String, SysClaim> sc : sysCl.entrySet()) {
                    if (usedC.contains(sc.getKey())) continue;
                    if (sc.getValue().texts.stream().anyMatch(t -> Names.normText(t).contains(ev))) { hit = sc.getKey(); break; }
                }
                if (notEmpty(hit) && gc.optional()) {
                    usedC.add(hit);
                } else if (notEmpty(hit)) {
                    usedC.add(hit);
                    cl[0]++;
                    List<String> speakerKeys = new ArrayList<>();
                    speakerKeys.add(gc.speaker());
                    speakerKeys.addAll(gc.altSpeakers());
                    List<Entity> speakers = present(speakerKeys, byKey);
                    if (!speakers.isEmpty()) {
                        attrTotal++;
                        if (anyMatch(graph, speakers, sysCl.get(hit).who)) {
                            attrOk++;
                        } else {
                            art.missed().add("Attribution:" + Py.head(gc.evidence(), 40));
                        }
                    }
                } else if (!gc.optional()) {
                    cl[2]++;
                    art.missed().add("Claim:" + Py.head(gc.evidence(), 40));
                    if (gc.speaker() != null && byKey.containsKey(gc.speaker())) attrTotal++;
                }
            }
            cl[1] += (int) sysCl.keySet().stream().filter(k -> !usedC.contains(k)).count();
            details.put(file, art);
        }

        Map<String, Prf> prf = new LinkedHashMap<>();
        int tp = 0, fp = 0, fn = 0;
        for (int[] v : typeCounts.values()) { tp += v[0]; fp += v[1]; fn += v[2]; }
        prf.put("entity", Prf.of(tp, fp, fn));
        for (String t : List.of("Place", "Force", "Source")) {
            prf.put("entity_" + t, Prf.of(typeCounts.getOrDefault(t, new int[3])));
        }
        prf.put("detect_untyped", Prf.of(untyped));
        prf.put("operation", Prf.of(op));
        prf.put("claim", Prf.of(cl));
        Map<String, Integer> keyCount = new LinkedHashMap<>();
        for (Gold g : golds.values()) for (Entity e : g.entities()) keyCount.merge(e.key(), 1, Integer::sum);
        int multiSum = 0, multiN = 0;
        for (Map.Entry<String, Set<String>> k : keyIris.entrySet()) {
            if (keyCount.getOrDefault(k.getKey(), 0) > 1) { multiSum += k.getValue().size(); multiN++; }
        }
        return new Report(prf, ratio(linkOk, linkTotal), linkWrong, ratio(partOk, partTotal), ratio(attrOk, attrTotal),
                ratio(pubOk, pubTotal), ratio(dateOk, dateTotal), multiN > 0 ? (double) multiSum / multiN : 1.0,
                missing, details);
    }

    /** {@code ent_match}: same type (or an alt type) when typed, then a shared Q-id or a shared normalised name. */
    boolean entMatch(Entity g, GNode node, boolean typed) {
        if (typed && !(g.type() != null && node.types.contains(g.type())) && !intersects(g.altTypes(), node.types)) {
            return false;
        }
        if (intersects(g.qids(), node.qids)) return true;
        return intersects(normNames.computeIfAbsent(g, Entity::normNames), node.names);
    }

    private boolean anyMatch(SystemGraph graph, List<Entity> gold, Set<String> iris) {
        for (Entity e : gold) for (String x : iris) if (entMatch(e, graph.node(x), false)) return true;
        return false;
    }

    private static List<Entity> present(List<String> keys, Map<String, Entity> byKey) {
        List<Entity> out = new ArrayList<>();
        for (String k : keys) if (k != null && byKey.containsKey(k)) out.add(byKey.get(k));
        return out;
    }

    private static String firstName(Entity e) {
        return e.names().isEmpty() ? e.key() : e.names().get(0);
    }

    private static boolean notEmpty(String s) { return s != null && !s.isEmpty(); }

    private static double ratio(int a, int b) { return b > 0 ? (double) a / b : 0.0; }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return true;
        return false;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.retainAll(b);
        return out;
    }
}
