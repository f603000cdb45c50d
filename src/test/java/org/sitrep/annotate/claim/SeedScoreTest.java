package org.sitrep.annotate.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Claims and operations on the five seed articles against the shared gold (skipped when ../shared/gold is absent). */
class SeedScoreTest {
    @Test void seedsReachTheTargets() throws Exception {
        Path gold = Path.of(System.getProperty("sitrep.gold", "/work/shared/gold"));
        Path seeds = Path.of("seeds");
        Assumptions.assumeTrue(Files.isDirectory(gold) && Files.isDirectory(seeds), "shared gold not available");
        GoldScore s = GoldScore.score(seeds, gold);
        s.log.forEach(System.out::println);
        System.out.println("SEEDS " + s.summary());
        assertTrue(s.claimF1() >= 0.85, s.summary());
        assertTrue(s.attribution() >= 0.85, s.summary());
        assertTrue(s.opF1() >= 0.85, s.summary());
    }
}
