package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.EntityType;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.lexicon.Names;

/**
 * The admin level the text gives a place name decides which gazetteer entry it is: "la province
 * (syrienne) de Homs", "le gouvernorat de X", "la région de X" name the governorate, "le district de X"
 * the district, "la ville de X" the settlement. A place candidate right after such a cue takes the key of
 * the entry of that level (when the gazetteer has one under this exact name), so that its key and its link
 * agree; the whole cue phrase is kept as a name. A spelling variant ("région de Deir Ezzor") may match the
 * entry after transliteration folding when no entry of that level carries it exactly.
 */
final class AdminCues {
    /** The cue ending right before a name: "province syrienne de ", "ville d'". */
    private static final Pattern CUE = Pattern.compile(
            "(?iu:\\b(province|gouvernorat|région|district|ville|cité)(?:[ \u00a0]+\\p{Ll}[\\p{Ll}\\-]+)?[ \u00a0]+(?:de[ \u00a0]+|d['’][ ]?|du[ \u00a0]+))$");
    private static final int WINDOW = 48;

    private final Gazetteer gazetteer;

    AdminCues(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** The candidates with each cued place re-keyed to the entry of the cued level. */
    List<Candidate> apply(String text, List<Candidate> kept) {
        List<Candidate> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            Candidate r = c.type == EntityType.PLACE ? rekey(text, c) : null;
            out.add(r == null ? c : r);
        }
        return out;
    }

    /** Whether the text in [from, to) ends, before spaces, with "de", "du", "d'" or "d’" (any case): a CUE match must. */
    private static boolean endsWithOf(String text, int from, int to) {
        int k = to;
        while (k > from && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\u00a0')) k--;
        if (k - 2 < from) return false;
        char a = Character.toLowerCase(text.charAt(k - 2)), b = Character.toLowerCase(text.charAt(k - 1));
        return a == 'd' && (b == 'e' || b == 'u' || b == '\'' || b == '\u2019');
    }

    private Candidate rekey(String text, Candidate c) {
        if (!endsWithOf(text, Math.max(0, c.start - WINDOW), c.start)) return null;
        Matcher m = CUE.matcher(text).region(Math.max(0, c.start - WINDOW), c.start);
        if (!m.find()) return null;
        String level = m.group(1).toLowerCase(Locale.ROOT);
        String name = text.substring(c.start, c.end);
        String norm = Names.norm(name);
        GazetteerEntry exact = null, folded = null;
        for (GazetteerEntry g : gazetteer.lookup(name)) {
            if (!"Place".equalsIgnoreCase(g.type()) || !fits(level, g.subtype())) continue;
            if (PlaceContexts.named(g, norm)) { exact = g; break; }
            if (folded == null && norm.length() >= 5) folded = g;
        }
        GazetteerEntry best = exact != null ? exact : folded;
        if (best == null || best.key().equals(c.key)) return null;
        Candidate r = new Candidate(c.start, c.end, c.priority, EntityType.PLACE, best.key(), best.label());
        EntityAnnotator.copy(best, r);
        r.extraName = text.substring(m.start(), c.end).replaceAll("\\s+", " ");
        return r;
    }

    /** Whether an entry's subtype is the level the cue names. */
    static boolean fits(String cue, String subtype) {
        if (subtype == null) return false;
        return switch (cue) {
            case "province", "gouvernorat", "région" -> subtype.equals("governorate");
            case "district" -> subtype.equals("district");
            default -> subtype.equals("city") || subtype.equals("town") || subtype.equals("village");
        };
    }
}
