package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
    private static String run(int files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay d = new ProgressDisplay(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        d.started(files);
        for (int i = 0; i < files; i++) d.fileDone(Path.of("f" + i + ".txt"));
        d.finished();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test void aLongBatchInALogGetsPlainProgressLines() {
        String log = run(ProgressDisplay.MANY_FILES + 5);
        assertTrue(log.contains("ingest"), log);
        assertTrue(log.contains(ProgressDisplay.MANY_FILES + 5 + "/" + (ProgressDisplay.MANY_FILES + 5)), log);
        assertFalse(log.contains("\r"), "no carriage returns in a log");
        assertFalse(log.contains("\u001b"), "no escape codes in a log");
    }

    @Test void aShortQuickBatchShowsNothing() {
        assertEquals("", run(3));
    }
}
