package org.sitrep.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleQueriesTest {
    @TempDir Path dir;

    @Test void eachQueryIsTitledByItsFirstCommentLineInFileOrder() throws Exception {
        Files.writeString(dir.resolve("20-places.rq"), "PREFIX sr: <x#>\n# Places near Mosul\n#   more\nSELECT * {}\n");
        Files.writeString(dir.resolve("10-articles.rq"), "#  Articles and their outlets \nSELECT ?a {}\n");
        Files.writeString(dir.resolve("30-untitled.rq"), "ASK {}\n");
        Files.writeString(dir.resolve("notes.txt"), "# not a query\n");

        List<ExampleQueries.Example> examples = ExampleQueries.in(dir);
        assertEquals(List.of("Articles and their outlets", "Places near Mosul", "30-untitled.rq"),
                examples.stream().map(ExampleQueries.Example::title).toList());
        assertEquals("#  Articles and their outlets \nSELECT ?a {}", examples.get(0).text());
        assertEquals("SELECT ?a {}", examples.get(0).body());
        assertEquals("PREFIX sr: <x#>\n#   more\nSELECT * {}", examples.get(1).body());
        assertEquals("ASK {}", examples.get(2).body());
    }

    @Test void noFolderNoExamples() {
        assertEquals(List.of(), ExampleQueries.in(dir.resolve("absent")));
    }
}
