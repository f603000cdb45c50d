package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of a graph against gold annotations, printed exactly as the reference scorer
 * (../shared/eval/score.py) prints them and serialisable to the same JSON.
 */
public record Report(Map<String, Prf> prf, double linkAcc, int linkWrong, double participants,
                     double attribution, double publisher, double date, double fragmentation,
                     List<String> articlesMissing, Map<String, ArticleDetail> details) {

    /** Per-article misses ({@code fn}), extras ({@code fp}) and wrong or missing links. */
    public record ArticleDetail(List<String> missed, List<String> extra, List<String> links) {
        ArticleDetail() { this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()); }
    }

    /** The P/R/F1 lines, in the reference's order. */
    public static final List<String> PRF_KEYS = List.of("entity", "entity_Place", "entity_Force", "entity_Source",
            "detect_untyped", "operation", "claim");

    /** The per-article lines printed with {@code --verbose}. */
    public String verboseText() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, ArticleDetail> e : details.entrySet()) {
            ArticleDetail d = e.getValue();
            b.append("== ").append(e.getKey()).append('\n')
                    .append("  missed: ").append(Py.listRepr(d.missed())).append('\n')
                    .append("  extra:  ").append(Py.listRepr(d.extra())).append('\n')
                    .append("  links:  ").append(Py.listRepr(d.links())).append('\n');
        }
        return b.toString();
    }

    /** The score lines (P/R/F1 table, the link_acc line); the SUMMARY line is {@link #summaryLine}. */
    public String scoreText() {
        StringBuilder b = new StringBuilder();
        for (String k : PRF_KEYS) {
            Prf x = prf.get(k);
            b.append(String.format("%-16s P %s  R %s  F1 %s\n", k, Py.fixed(x.p(), 3), Py.fixed(x.r(), 3), Py.fixed(x.f1(), 3)));
        }
        b.append("link_acc ").append(Py.fixed(linkAcc, 3)).append(" (wrong links ").append(linkWrong)
                .append(")  participants ").append(Py.fixed(participants, 3))
                .append("  attribution ").append(Py.fixed(attribution, 3))
                .append("  publisher ").append(Py.fixed(publisher, 3))
                .append("  date ").append(Py.fixed(date, 3))
                .append("  fragmentation ").append(Py.fixed(fragmentation, 2))
                .append("  missing articles ").append(articlesMissing.size()).append('\n');
        return b.toString();
    }

    /** The closing {@code SUMMARY ...} line. */
    public String summaryLine() {
        return "SUMMARY entityF1=" + Py.fixed(prf.get("entity").f1(), 3) + " link=" + Py.fixed(linkAcc, 3)
                + " opF1=" + Py.fixed(prf.get("operation").f1(), 3) + " claimF1=" + Py.fixed(prf.get("claim").f1(), 3)
                + " attr=" + Py.fixed(attribution, 3);
    }

    /** Everything score.py prints: verbose details (when asked), scores, summary. */
    public String text(boolean verbose) {
        return (verbose ? verboseText() : "") + scoreText() + summaryLine() + "\n";
    }

    /** The JSON the reference writes with {@code --json} ({@code json.dump(res, indent=1)}), byte for byte. */
    public String toJson() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String k : List.of("entity", "entity_Place", "entity_Force", "entity_Source", "detect_untyped")) {
            fields.put(k, triple(prf.get(k)));
        }
        fields.put("link_acc", Py.floatRepr(linkAcc));
        fields.put("link_wrong", Integer.toString(linkWrong));
        fields.put("operation", triple(prf.get("operation")));
        fields.put("participants", Py.floatRepr(participants));
        fields.put("claim", triple(prf.get("claim")));
        fields.put("attribution", Py.floatRepr(attribution));
        fields.put("publisher", Py.floatRepr(publisher));
        fields.put("date", Py.floatRepr(date));
        fields.put("fragmentation", Py.floatRepr(fragmentation));
        fields.put("articles_missing", Py.jsonStringList(articlesMissing, 1));
        StringBuilder b = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            b.append(' ').append(Py.jsonString(e.getKey())).append(": ").append(e.getValue())
                    .append(++i < fields.size() ? ",\n" : "\n");
        }
        return b.append('}').toString();
    }

    private static String triple(Prf x) {
        return "[\n  " + Py.floatRepr(x.p()) + ",\n  " + Py.floatRepr(x.r()) + ",\n  " + Py.floatRepr(x.f1()) + "\n ]";
    }
}
