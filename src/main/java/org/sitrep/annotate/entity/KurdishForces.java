package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.extract.EntityType;
import org.sitrep.lexicon.Names;

/**
 * Generic Kurdish wording ("les forces kurdes", "les combattants kurdes", "les Kurdes") names the force
 * that follows it ("les combattants kurdes des Unités de protection du peuple"); otherwise the theatre
 * decides ({@link CountryContext}: the sentence's places, else the article's): in Syria the Syrian Kurdish
 * force the article names (YPG, FDS) or nothing (a generic noun is no entity of its own), in Iraq the
 * Peshmerga. Without a clear theatre: the Peshmerga, unless the article names the YPG or the FDS and
 * never the Peshmerga.
 */
final class KurdishForces {
    private KurdishForces() { }

    private static final Set<String> GENERIC = Set.of("forces kurdes", "combattants kurdes", "milices kurdes", "kurdes",
            "militaires kurdes", "soldats kurdes", "troupes kurdes");
    private static final Set<String> SYRIAN = Set.of("ypg", "ypj", "syrian-democratic-forces");
    private static final Pattern OF = Pattern.compile("[ \u00a0]+(?:des|du|de[ \u00a0]+la|de[ \u00a0]+l['’]|de)[ \u00a0]*");

    static List<Candidate> resolve(String text, List<Candidate> kept, CountryContext context) {
        boolean explicitPeshmerga = false;
        Candidate syrian = null;
        for (Candidate c : kept) {
            if (c.key.equals("peshmerga") && !generic(text, c)) explicitPeshmerga = true;
            if (SYRIAN.contains(c.key) && (syrian == null || c.start < syrian.start)) syrian = c;
        }
        List<Candidate> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            if (!c.key.equals("peshmerga") || !generic(text, c)) { out.add(c); continue; }
            Candidate target = following(text, c, kept);
            String theatre = target == null ? context.at(c.start, c.end) : null;
            if (CountryContext.SYRIA.equals(theatre)) {
                if (syrian == null) continue;
                target = syrian;
            } else if (target == null && theatre == null && !explicitPeshmerga && syrian != null) {
                target = syrian;
            }
            if (target == null || target.key.equals("peshmerga")) { out.add(c); continue; }
            Candidate r = new Candidate(c.start, c.end, c.priority, target.type, target.key, target.label);
            r.wikidata = target.wikidata;
            r.subtype = target.subtype;
            out.add(r);
        }
        return out;
    }

    private static boolean generic(String text, Candidate c) {
        return GENERIC.contains(Names.norm(text.substring(c.start, c.end)));
    }

    /** The force named right after "des"/"du" ("les forces kurdes des Peshmergas"). */
    private static Candidate following(String text, Candidate c, List<Candidate> kept) {
        var m = OF.matcher(text).region(c.end, text.length());
        if (!m.lookingAt()) return null;
        for (Candidate k : kept) if (k.start == m.end() && k.type == EntityType.FORCE) return k;
        return null;
    }
}
