package org.sitrep.annotate.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.doc.Article;
import org.sitrep.doc.Embed;

/**
 * Test articles from plain text, with the embedded posts located the way the reader does
 * (a post's text, then a "— Name (@handle) 7 novembre 2016" signature line).
 */
public final class TestArticles {
    private TestArticles() { }

    private static final Pattern SIGNATURE = Pattern.compile("(?m)^— (.+?) \\(@(\\w+)\\) (\\d{1,2}) (\\p{L}+) (\\d{4})[ \t]*$");
    private static final List<String> MONTHS = List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre");

    public static Article read(Path file) {
        try {
            return of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article of(String fileName, String text) {
        List<Embed> embeds = new ArrayList<>();
        Matcher m = SIGNATURE.matcher(text);
        while (m.find()) {
            int end = m.start();
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            int start = text.lastIndexOf("\n\n", end);
            start = start < 0 ? 0 : start + 2;
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(5)), MONTHS.indexOf(m.group(4)) + 1, Integer.parseInt(m.group(3)));
            embeds.add(new Embed(m.group(1), m.group(2), date, start, end, start, m.end()));
        }
        return new Article(fileName, fileName, null, text, null, null, "fr", embeds, null);
    }
}
