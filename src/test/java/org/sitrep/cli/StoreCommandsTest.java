package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Stores;
import picocli.CommandLine;

/** {@code sitrep ingest} and {@code sitrep compact} as a script sees them: exit codes, stdout, stderr. */
class StoreCommandsTest {
    @TempDir Path tmp;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @AfterEach void release() {
        Path store = tmp.resolve("store");
        if (store.toFile().isDirectory()) TDBInternal.expel(Stores.open(store));
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test void ingestWithoutPathsIsBadUsage() {
        assertEquals(2, run("ingest", "--store", tmp.resolve("store").toString()));
    }

    @Test void ingestReportsEachFailureAndExitsOneThenSkipsUnchangedFiles() {
        String store = tmp.resolve("store").toString();
        Path missing = tmp.resolve("missing.txt");
        int articles = new java.io.File("seeds").list((d, n) -> n.endsWith(".txt")).length;

        assertEquals(1, run("ingest", "--store", store, "seeds", missing.toString()));
        assertEquals("sitrep: " + missing + ": no such file or directory", err.toString().strip());
        assertEquals("ingested " + articles + ", unchanged 0, failed 1 \u2192 " + store, out.toString().strip());

        assertEquals(0, run("ingest", "--store", store, "seeds"));
        assertEquals("ingested 0, unchanged " + articles + ", failed 0 \u2192 " + store, out.toString().strip());
        assertEquals("", err.toString());

        assertEquals(0, run("ingest", "--force", "--store", store, "seeds"));
        assertEquals("ingested " + articles + ", unchanged 0, failed 0 \u2192 " + store, out.toString().strip());

        assertEquals(0, run("compact", "--store", store));
        assertTrue(out.toString().startsWith("compacted " + store + ": "), out.toString());
    }

    @Test void compactNeedsAStore() {
        assertEquals(1, run("compact", "--store", tmp.resolve("nothing").toString()));
        assertTrue(err.toString().contains("no store here"), err.toString());
    }
}
