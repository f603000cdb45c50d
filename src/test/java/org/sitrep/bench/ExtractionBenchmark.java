package org.sitrep.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.annotate.Extractors;
import org.sitrep.doc.Article;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.Extractor;
import org.sitrep.read.InputException;
import org.sitrep.read.Readers;

/**
 * Throughput of the standard extractor: runs {@code Extractors.standard()} over the seed articles
 * and the test corpus again and again until about 20 MB of text went through (after a warm-up),
 * and prints MB/s. Not a test: run it from the repository root, after {@code mvn -q test-compile}
 * and {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt}, with
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.sitrep.bench.ExtractionBenchmark [MB]</pre>
 */
public final class ExtractionBenchmark {
    private ExtractionBenchmark() { }

    public static void main(String[] args) throws IOException, InputException {
        double targetMb = args.length > 0 ? Double.parseDouble(args[0]) : 20.0;
        List<Article> articles = new ArrayList<>();
        for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/corpus"))) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(Readers::isSupported).sorted().toList()) articles.add(Readers.read(f));
            }
        }
        if (articles.isEmpty()) {
            System.err.println("no articles under seeds/ or src/test/resources/corpus/ (run from the repository root)");
            System.exit(1);
        }
        long passBytes = 0;
        for (Article a : articles) passBytes += a.text().getBytes(StandardCharsets.UTF_8).length;
        Extractor extractor = Extractors.standard();
        System.out.printf("%d articles, %.1f KB per pass, extractor %s%n", articles.size(), passBytes / 1024.0, extractor.version());

        long sink = 0;
        long warmBytes = 0;
        while (warmBytes < 2_000_000) {                      // warm-up: ~2 MB, not timed
            for (Article a : articles) sink += size(extractor.extract(a));
            warmBytes += passBytes;
        }
        long target = (long) (targetMb * 1_000_000);
        long bytes = 0;
        int passes = 0;
        long start = System.nanoTime();
        while (bytes < target) {
            for (Article a : articles) sink += size(extractor.extract(a));
            bytes += passBytes;
            passes++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d passes, %.1f MB in %.2f s: %.2f MB/s (%.0f articles/s)  [checksum %d]%n",
                passes, bytes / 1e6, seconds, bytes / 1e6 / seconds, passes * articles.size() / seconds, sink);
    }

    private static long size(Extraction x) {
        return x.entities().size() + 31L * x.operations().size() + 961L * x.claims().size();
    }
}
