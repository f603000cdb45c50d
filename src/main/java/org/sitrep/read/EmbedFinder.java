package org.sitrep.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.CleanedText;
import org.sitrep.clean.Paragraph;
import org.sitrep.doc.Embed;

/**
 * Finds embedded social-media posts in a cleaned text. A post as dumped is its text followed by a
 * signature line "— Peshmerga (@KURDISTAN_ARMY) 7 novembre 2016"; the text is the block of lines
 * just before the signature (or the start of the signature's own line). Links the embed appends
 * ("pic.twitter.com/…", "https://t.co/…") are left out of the post's text span.
 */
public final class EmbedFinder {
    private EmbedFinder() { }

    private static final Pattern SIGNATURE = Pattern.compile(
            "^(.*?)\\s*[—–]\\s*([^—–()\\n]{1,80}?)\\s*\\(@(\\w{1,50})\\)\\s*(?:on\\s+|le\\s+)?([^\\n]{0,40}?)\\s*$",
            Pattern.UNICODE_CASE);
    private static final Pattern TRAILING_LINKS = Pattern.compile(
            "(?:\\s*(?:pic\\.twitter\\.com/\\S+|https?://\\S+|\\S*t\\.co/\\S+))+\\s*$");

    /** The embeds in the text, in order of appearance. */
    public static List<Embed> find(CleanedText cleaned) {
        List<Paragraph> paragraphs = cleaned.paragraphs();
        String text = cleaned.text();
        List<Embed> embeds = new ArrayList<>();
        int claimedUpTo = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph sig = paragraphs.get(i);
            Matcher m = SIGNATURE.matcher(sig.text());
            if (!m.matches()) continue;
            LocalDate date = Dates.find(m.group(4));
            if (date == null && !m.group(4).isEmpty()) continue;
            int start;
            int end;
            if (!m.group(1).isBlank()) {
                start = sig.start();
                end = sig.start() + m.end(1);
            } else {
                if (i == 0 || paragraphs.get(i - 1).start() < claimedUpTo) continue;
                Paragraph last = paragraphs.get(i - 1);
                if (SIGNATURE.matcher(last.text()).matches() || sig.firstBlock() - last.lastBlock() > 1) continue;
                int first = i - 1;
                while (first > 0 && paragraphs.get(first - 1).lastBlock() == paragraphs.get(first).firstBlock()
                        && paragraphs.get(first - 1).start() >= claimedUpTo) {
                    first--;
                }
                start = paragraphs.get(first).start();
                end = last.end();
            }
            int textEnd = trimLinks(text, start, end);
            if (textEnd <= start) textEnd = end;
            embeds.add(new Embed(m.group(2).strip(), m.group(3), date, start, textEnd, start, sig.end()));
            claimedUpTo = sig.end();
        }
        return embeds;
    }

    private static int trimLinks(String text, int start, int end) {
        Matcher links = TRAILING_LINKS.matcher(text.substring(start, end));
        int e = links.find() ? start + links.start() : end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e;
    }
}
