package org.sitrep.annotate.claim;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Mention;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Span;
import org.sitrep.lexicon.Names;

/**
 * Speakers named in apposition right before a speech or opinion verb ("Le directeur de l'OSDH, Rami Abdel
 * Rahmane, a affirmé", "Un responsable kurde, Idriss Nassan, a appelé") that the entity table lacks:
 * they become people (with the role written before them), so that claims and later pronouns can refer to them.
 */
final class ApposedSpeakers {
    private static final String WORD = "\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*";
    private static final Pattern APPOSED = Pattern.compile(
            ",\\s+(" + WORD + "(?:\\s+(?:(?:al|el|ben|bin|ibn|abou|abu|Al|El|Abou|Abu|Ben)[\\s-])?" + WORD + "){1,3})\\s*,\\s+(?=\\p{Ll})");
    private static final Set<String> STOP = Set.of("le", "la", "les", "selon", "mais", "pour", "et", "dans", "en", "lors", "alors",
            "ainsi", "depuis", "apres", "avant", "il", "elle", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    private ApposedSpeakers() { }

    static void annotate(AnnotatedDocument doc, SpeechLexicon lex) {
        String text = doc.text();
        List<Mention> mentions = doc.layer(Mention.class);
        Matcher m = APPOSED.matcher(text);
        while (m.find()) {
            Matcher v = lex.finiteVerb.matcher(text);
            v.region(m.end(), Math.min(text.length(), m.end() + 40));
            Matcher o = ReportedSpeechAnnotator.OPINION.matcher(text);
            o.region(m.end(), Math.min(text.length(), m.end() + 40));
            if (!v.lookingAt() && !o.lookingAt()) continue;
            Span span = new Span(m.start(1), m.end(1));
            String name = m.group(1).replaceAll("\\s+", " ");
            if (STOP.contains(Names.norm(name.split(" ")[0]))) continue;
            boolean taken = false;
            for (Mention x : mentions) taken |= x.span().overlaps(span);
            if (taken) continue;
            Entity e = doc.entity(EntityType.PERSON, Names.slug(name), name);
            e.altLabels.add(name);
            e.mentions.add(span);
            if (e.role == null) e.role = role(text, m.start(), lex);
            mentions.add(new Mention(span, e.id()));
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
    }

    /** The role noun phrase before the apposition ("directeur de l'OSDH"), when it has a role noun. */
    private static String role(String text, int comma, SpeechLexicon lex) {
        int start = Math.max(Math.max(text.lastIndexOf('.', comma), text.lastIndexOf('\n', comma)), text.lastIndexOf(',', comma - 1)) + 1;
        String before = text.substring(start, comma).strip();
        for (String w : before.toLowerCase(Locale.ROOT).split("[\\s'’]+")) {
            if (lex.roleSingular.contains(w)) return before.replaceFirst("(?i)^(le|la|l['’]|un|une)\\s*", "");
        }
        return null;
    }
}
