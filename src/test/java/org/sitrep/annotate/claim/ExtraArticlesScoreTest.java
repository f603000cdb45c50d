package org.sitrep.annotate.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Claims and operations of the full annotation pipeline on wire-style test articles about other
 * battles (Raqqa, Ramadi, Tal Afar, Manbij, Kobane, Deir ez-Zor, Hawija), scored against their gold.
 */
class ExtraArticlesScoreTest {
    @Test void otherBattlesReachTheTargets() throws Exception {
        Path base = Path.of("src/test/resources/claims");
        GoldScore s = GoldScore.score(base.resolve("articles"), base.resolve("gold"));
        s.log.forEach(System.out::println);
        System.out.println("EXTRA " + s.summary());
        assertTrue(s.claimTp >= 25, s.summary());
        assertTrue(s.claimF1() >= 0.85, s.summary());
        assertTrue(s.attribution() >= 0.85, s.summary());
        assertTrue(s.opF1() >= 0.85, s.summary());
    }
}
