package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Extractors;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.Extractor;
import org.sitrep.gazetteer.Gazetteer;

/**
 * Runs the standard extractor over the seeds and the entity test articles and prints, per article,
 * the gold entities missed and the extra entities found; fails when recall or precision drop.
 */
class SeedEvaluationTest {

    static List<GoldCheck.Result> run(Path texts, Path golds) throws IOException {
        Extractor x = Extractors.standard(Gazetteer.standard());
        List<GoldCheck.Result> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(golds)) {
            for (Path g : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonObject gold = GoldCheck.gold(g);
                Path text = texts.resolve(gold.get("file").getAsString().value());
                if (!Files.exists(text)) continue;
                Extraction e = x.extract(TestArticles.read(text));
                GoldCheck.Result r = GoldCheck.compare(gold, e);
                System.out.println(r.report());
                out.add(r);
            }
        }
        return out;
    }

    private static void check(List<GoldCheck.Result> results, double minRecall, double minPrecision) {
        int matched = 0, required = 0, extra = 0;
        for (GoldCheck.Result r : results) {
            matched += r.matched();
            required += r.required();
            extra += r.extra().size();
        }
        double recall = (double) matched / required;
        double precision = (double) matched / (matched + extra);
        System.out.printf("recall %.3f precision %.3f over %d articles%n", recall, precision, results.size());
        assertTrue(recall >= minRecall, "recall " + recall);
        assertTrue(precision >= minPrecision, "precision " + precision);
    }

    @Test void seeds() throws IOException {
        Path seeds = Path.of("seeds");
        Path gold = Path.of("src/test/resources/seeds-gold"); // a copy of ../shared/gold
        check(run(seeds, gold), 0.8, 0.8);
    }

    @Test void entityTestArticles() throws IOException {
        Path dir = Path.of("src/test/resources/entities");
        List<GoldCheck.Result> results = run(dir, dir);
        org.junit.jupiter.api.Assumptions.assumeFalse(results.isEmpty());
        check(results, 0.85, 0.85);
    }
}
