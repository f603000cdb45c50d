package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.EntityType;
import org.sitrep.lexicon.Names;

/**
 * Outlets the lexicon does not know, named by their context: "l'agence russe RB", "la chaîne Rudaw TV",
 * "le quotidien Al-Sabah", "la télévision d'Etat Al-Iraqiya".
 */
final class Outlets {
    private Outlets() { }

    private static final String NAME = "(?:\\p{Lu}[\\p{Lu}\\d]{1,6}\\b|" + PlaceContexts.NAME + ")";
    private static final Pattern OUTLET = Pattern.compile(
            "(?iu:\\b(agence(?:[ \u00a0]+de[ \u00a0]+presse)?|chaîne(?:[ \u00a0]+de[ \u00a0]+télévision)?|télévision(?:[ \u00a0]+d['’][ÉE]tat)?"
            + "|quotidien|hebdomadaire|journal|radio|site(?:[ \u00a0]+d['’]information)?|magazine))"
            + "(?:[ \u00a0]+(?:\\p{Ll}[\\p{Ll}\\-]+)){0,2}[ \u00a0]+(" + NAME + ")");

    /** Candidates; {@code taken[i]} is true where a lexicon actor was already found. */
    static List<Candidate> find(String text, boolean[] taken) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = OUTLET.matcher(text);
        while (m.find()) {
            int s = m.start(2), e = m.end(2);
            boolean free = true;
            for (int i = s; i < e; i++) if (taken[i]) { free = false; break; }
            if (!free) continue;
            String name = m.group(2);
            String norm = Names.norm(name);
            if (norm.length() < 2 || norm.equals("etat")) continue;
            Candidate c = new Candidate(s, e, Candidate.CONTEXT, EntityType.MEDIA_OUTLET, Names.slug(name), name);
            c.subtype = m.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("agence") ? "news-agency" : "media";
            out.add(c);
        }
        return out;
    }
}
