package org.sitrep.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Article;

/** Every kind of bad input fails with one line naming the file and the problem; odd but valid input is read. */
class BadInputTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static InputException fails(Path file) {
        InputException e = assertThrows(InputException.class, () -> Readers.read(file));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        return e;
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreRefused() throws Exception {
        assertTrue(fails(write("empty.txt", new byte[0])).getMessage().endsWith("empty file"));
        assertTrue(fails(write("blank.txt", " \n\t\r\n\u00a0\n".getBytes(StandardCharsets.UTF_8)))
                .getMessage().endsWith("empty file"));
    }

    @Test
    void binaryFilesAreRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertTrue(fails(write("image.txt", png)).getMessage().endsWith("binary file, not a text article"));
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        assertTrue(fails(write("controls.html", controls)).getMessage().endsWith("binary file, not a text article"));
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAccentsIntact() throws Exception {
        String text = "L'armée irakienne a repris Tikrit, annonce le ministère de la Défense.\r\n\r\nLes combats ont duré «trois jours».";
        Path p = write("latin.txt", text.getBytes(Charset.forName("windows-1252")));
        Article a = Readers.read(p);
        assertEquals("L'armée irakienne a repris Tikrit, annonce le ministère de la Défense.\n\nLes combats ont duré «trois jours».",
                a.text());
    }

    @Test
    void strayWindows1252BytesInUtf8KeepEveryAccent() throws Exception {
        byte[] utf8 = "Déir ez-Zor : l'armée syrienne ".getBytes(StandardCharsets.UTF_8);
        byte[] cp1252 = "brise le siège.".getBytes(Charset.forName("windows-1252"));
        byte[] mixed = new byte[utf8.length + cp1252.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(cp1252, 0, mixed, utf8.length, cp1252.length);
        assertEquals("Déir ez-Zor : l'armée syrienne brise le siège.", Readers.read(write("mixed.txt", mixed)).text());
    }

    @Test
    void byteOrderMarkAndCarriageReturnsAreRemoved() throws Exception {
        byte[] body = "Fallujah reprise\r\rLes forces irakiennes sont entrées dans Fallujah.".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article a = Readers.read(write("bom.txt", withBom));
        assertEquals("Fallujah reprise", a.title());
        assertEquals("Fallujah reprise\n\nLes forces irakiennes sont entrées dans Fallujah.", a.text());
        assertEquals(64, a.sha256().length());
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nowhere.txt");
        assertTrue(fails(missing).getMessage().endsWith("no such file"));
        InputException e = assertThrows(InputException.class, () -> Readers.collect(List.of(dir, missing)));
        assertEquals(missing.toString(), e.file());
    }

    @Test
    void htmlWithoutBodyTextIsRefused() throws Exception {
        String html = "<html><head><title>Accueil</title><script>var x = 1;</script></head><body><nav>Menu</nav>"
                + "<div class=\"cookie\"><p>Ce site utilise des cookies.</p></div></body></html>";
        assertTrue(fails(write("empty.html", html.getBytes(StandardCharsets.UTF_8)))
                .getMessage().endsWith("HTML has no article text"));
        assertTrue(fails(write("nobody.htm", "<html><head><title>x</title></head></html>".getBytes(StandardCharsets.UTF_8)))
                .getMessage().endsWith("HTML has no article text"));
    }

    @Test
    void fiftyMegabyteFileIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024); // sparse: nothing is written, and nothing must be read
        }
        long before = System.nanoTime();
        InputException e = fails(big);
        assertTrue(e.getMessage().endsWith("file too large: 50 MB (limit 10 MB)"), e.getMessage());
        assertTrue(System.nanoTime() - before < 2_000_000_000L, "refused without reading");
    }

    @Test
    void sizeLimitIsConfigurable() throws Exception {
        Path p = write("small.txt", "Les Peshmerga avancent vers Sinjar.".getBytes(StandardCharsets.UTF_8));
        InputException e = assertThrows(InputException.class, () -> new TextArticleReader(10).read(p));
        assertTrue(e.getMessage().contains("file too large"));
        String old = System.getProperty(RawInput.MAX_BYTES_PROPERTY);
        System.setProperty(RawInput.MAX_BYTES_PROPERTY, "12");
        try {
            assertThrows(InputException.class, () -> Readers.read(p));
        } finally {
            if (old == null) System.clearProperty(RawInput.MAX_BYTES_PROPERTY);
            else System.setProperty(RawInput.MAX_BYTES_PROPERTY, old);
        }
        assertEquals("Les Peshmerga avancent vers Sinjar.", Readers.read(p).text());
    }

    @Test
    void unsupportedTypeAndDirectoriesAreNamed() throws Exception {
        assertTrue(fails(write("notes.pdf", "x".getBytes(StandardCharsets.UTF_8))).getMessage().contains("unsupported file type"));
        assertTrue(assertThrows(InputException.class, () -> new TextArticleReader().read(dir)).getMessage().contains("directory"));
    }

    @Test
    void collectExpandsDirectoriesRecursivelyToSupportedFilesSorted() throws Exception {
        Files.createDirectories(dir.resolve("b/deep"));
        write("b/deep/z.HTML", "<p>x</p>".getBytes(StandardCharsets.UTF_8));
        write("b/a.txt", "x".getBytes(StandardCharsets.UTF_8));
        write("b/ignored.json", "{}".getBytes(StandardCharsets.UTF_8));
        Path single = write("c.htm", "<p>x</p>".getBytes(StandardCharsets.UTF_8));
        List<Path> files = Readers.collect(List.of(single, dir.resolve("b"), dir.resolve("b/a.txt")));
        assertEquals(List.of(dir.resolve("b/a.txt"), dir.resolve("b/deep/z.HTML"), single), files);
    }
}
