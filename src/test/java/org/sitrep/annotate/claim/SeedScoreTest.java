package org.sitrep.annotate.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Claims and operations on the five seed articles against their gold (a copy of ../shared/gold in src/test/resources/seeds-gold). */
class SeedScoreTest {
    @Test void seedsReachTheTargets() throws Exception {
        Path gold = Path.of(System.getProperty("sitrep.gold", "src/test/resources/seeds-gold"));
        Path seeds = Path.of("seeds");
        GoldScore s = GoldScore.score(seeds, gold);
        s.log.forEach(System.out::println);
        System.out.println("SEEDS " + s.summary());
        assertTrue(s.claimF1() >= 0.85, s.summary());
        assertTrue(s.attribution() >= 0.85, s.summary());
        assertTrue(s.opF1() >= 0.85, s.summary());
    }
}
