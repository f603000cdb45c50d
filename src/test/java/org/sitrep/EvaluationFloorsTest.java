package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.cli.Main;
import picocli.CommandLine;

/**
 * Quality floors measured the way outside checks measure them: ingest a set with the command line, then
 * {@code sitrep eval} against its gold. The seeds carry the targets; {@code corpus3} is a blind set
 * (written without seeing the extractor, never tuned on), so its floors sit a little under today's figures
 * and catch regressions on unseen prose.
 */
class EvaluationFloorsTest {
    @TempDir Path tmp;

    private static int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new ByteArrayOutputStream(), true));
        cl.setErr(new PrintWriter(new ByteArrayOutputStream(), true));
        return cl.execute(args);
    }

    private static double f1(JsonObject r, String key) {
        return r.get(key).getAsArray().get(2).getAsNumber().value().doubleValue();
    }

    private static double num(JsonObject r, String key) {
        return r.get(key).getAsNumber().value().doubleValue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // set,                             gold,                                  entity, operation, claim, attribution, link
            "seeds,                             src/test/resources/seeds-gold,         0.95,   0.85,      0.85,  0.85,        0.95",
            "src/test/resources/corpus3,        src/test/resources/corpus3/gold,       0.90,   0.60,      0.85,  0.85,        0.90",
    })
    void reachesItsFloors(String set, String gold, double entity, double operation, double claim, double attribution,
                          double link) throws Exception {
        Path store = tmp.resolve("store");
        Path json = tmp.resolve("eval.json");
        assertEquals(0, run("ingest", "--store", store.toString(), set));
        assertEquals(0, run("eval", "--store", store.toString(), "--gold", gold, "--json", json.toString()));
        JsonObject r = JSON.read(json.toString());
        String figures = r.toString();
        assertTrue(f1(r, "entity") >= entity, "entity F1 " + figures);
        assertTrue(f1(r, "operation") >= operation, "operation F1 " + figures);
        assertTrue(f1(r, "claim") >= claim, "claim F1 " + figures);
        assertTrue(num(r, "attribution") >= attribution, "attribution " + figures);
        assertTrue(num(r, "link_acc") >= link, "link accuracy " + figures);
        assertEquals(0, num(r, "link_wrong"), "wrong links " + figures);
        if (set.equals("seeds")) {
            assertEquals(1.0, num(r, "publisher"), "publisher " + figures);
            assertEquals(1.0, num(r, "date"), "date " + figures);
        }
    }
}
