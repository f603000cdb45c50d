package org.sitrep.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes page furniture from the text dump of a news page and keeps the article.
 *
 * <p>Each non-blank line of the dump is a candidate paragraph. Lines the {@link BoilerplateRules}
 * recognise are dropped; so are link lists introduced by a "Lire aussi" / "À découvrir également"
 * header, a link title glued under a caption, repeated lines (a headline printed twice, also with a
 * " Source: Reuters" credit appended) and a standfirst repeated verbatim at the start of the next
 * paragraph. A line broken in the middle of a sentence ("…, affirme" / "Steve Townsend, …") is joined
 * to the next line of its block with one space. Kept paragraphs are joined by a blank line.
 */
public final class BoilerplateCleaner {

    private static final Pattern SOURCE_SUFFIX = Pattern.compile("\\s+sources?\\s*:\\s*[^:]{1,40}$");
    private static final Pattern EMBED_SIGNATURE = Pattern.compile("^[—–]\\s*\\S.*\\(@\\w+\\)");
    private static final Set<String> CONTINUATION_WORDS = Set.of(
            "affirme", "déclare", "explique", "ajoute", "indique", "précise", "souligne", "estime", "assure",
            "annonce", "raconte", "témoigne", "poursuit", "conclut", "dit", "rapporte", "confie", "insiste",
            "martèle", "prévient", "avertit", "selon", "de", "du", "des", "le", "la", "les", "et", "à", "en",
            "pour", "par", "sur", "avec", "dans", "que", "qui", "dont", "où", "au", "aux", "un", "une", "d'", "l'");

    /** Cleans the lines of one dump. */
    public CleanedText clean(List<RawLine> lines) {
        int n = lines.size();
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) keep[i] = true;
        dropFurniture(lines, keep);
        dropRepeats(lines, keep);
        return assemble(lines, keep);
    }

    private static void dropFurniture(List<RawLine> lines, boolean[] keep) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (BoilerplateRules.isRelatedHeader(text)) {
                keep[i] = false;
                int j = i + 1;
                while (j < lines.size() && (BoilerplateRules.isHeadlineLike(lines.get(j).text())
                        || BoilerplateRules.isBoilerplate(lines.get(j).text()))) {
                    keep[j++] = false;
                }
                i = j - 1;
            } else if (BoilerplateRules.isBoilerplate(text)) {
                keep[i] = false;
                if (BoilerplateRules.isCredit(text) && i + 1 < lines.size() && gluedTo(lines.get(i), lines.get(i + 1))
                        && BoilerplateRules.isHeadlineLike(lines.get(i + 1).text())
                        && !BoilerplateRules.isCredit(lines.get(i + 1).text())) {
                    keep[++i] = false; // a related-article title printed under its picture's caption
                }
            }
        }
    }

    private static void dropRepeats(List<RawLine> lines, boolean[] keep) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!keep[i]) continue;
            String key = key(lines.get(i).text());
            String bare = SOURCE_SUFFIX.matcher(key).replaceFirst("");
            if (seen.contains(key) || seen.contains(bare)) keep[i] = false;
            seen.add(key);
            seen.add(bare);
        }
        int previous = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!keep[i]) continue;
            if (previous >= 0) {
                String standfirst = key(lines.get(previous).text());
                if (standfirst.length() >= 40 && key(lines.get(i).text()).startsWith(standfirst + " ")) {
                    keep[previous] = false;
                }
            }
            previous = i;
        }
    }

    private static CleanedText assemble(List<RawLine> lines, boolean[] keep) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<int[]> segments = new ArrayList<>();
        RawLine previous = null;
        int paragraphStart = -1;
        int firstBlock = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!keep[i]) continue;
            RawLine line = lines.get(i);
            if (previous != null && continues(previous, line)) {
                text.append(' ');
            } else {
                if (previous != null) {
                    paragraphs.add(new Paragraph(text.substring(paragraphStart), paragraphStart, text.length(),
                            firstBlock, previous.block()));
                    text.append("\n\n");
                }
                paragraphStart = text.length();
                firstBlock = line.block();
            }
            segments.add(new int[] {text.length(), line.rawStart(), line.text().length()});
            text.append(line.text());
            previous = line;
        }
        if (previous != null) {
            paragraphs.add(new Paragraph(text.substring(paragraphStart), paragraphStart, text.length(),
                    firstBlock, previous.block()));
        }
        int[] cleanStarts = new int[segments.size()];
        int[] rawStarts = new int[segments.size()];
        int[] lengths = new int[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            cleanStarts[i] = segments.get(i)[0];
            rawStarts[i] = segments.get(i)[1];
            lengths[i] = segments.get(i)[2];
        }
        return new CleanedText(text.toString(), paragraphs, new OffsetMap(cleanStarts, rawStarts, lengths));
    }

    /** True when {@code next} is the rest of a sentence that {@code line} breaks off. */
    private static boolean continues(RawLine line, RawLine next) {
        if (!gluedTo(line, next)) return false;
        String a = line.text();
        String b = next.text();
        if (EMBED_SIGNATURE.matcher(b).find() || EMBED_SIGNATURE.matcher(a).find()) return false;
        char last = a.charAt(a.length() - 1);
        if (",:;«(".indexOf(last) >= 0) return true;
        if (Character.isLowerCase(b.charAt(0))) return true;
        String[] words = a.split("\\s+");
        String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return CONTINUATION_WORDS.contains(lastWord);
    }

    /** True when {@code next} is the line right after {@code line}, no blank line between. */
    private static boolean gluedTo(RawLine line, RawLine next) {
        return next.index() == line.index() + 1 && next.block() == line.block();
    }

    private static String key(String line) {
        return BoilerplateRules.simplify(line).toLowerCase(Locale.ROOT);
    }
}
