package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sitrep.extract.EntityType;
import org.sitrep.lexicon.ActorLexicon;
import org.sitrep.lexicon.ActorLexicon.Actor;

/**
 * Bare "l'armée" and "la police" name the national army or police the article is about: the one it
 * names (when it names exactly one), else that of its theatre (Iraq or Syria). Never a new entity: when
 * neither settles it the mention is left out. A following qualifier ("l'armée turque", "la police
 * fédérale") is the lexicon's business; only a bare noun, followed by punctuation, a conjunction, a verb
 * or a participle, is taken here.
 */
final class NationalForces {
    private NationalForces() { }

    private static final Pattern BARE = Pattern.compile(
            "(?:\\b[lL]['’][ ]?(armée)|\\b(?:la|La)[ \u00a0]+(police))(?=[ \u00a0]*(?:[,.;:)»]|$)"
            + "|[ \u00a0]+(?:et|ou|mais|a|ont|avait|avaient|aurait|auraient|qui|que|qu['’]|se|s['’]|n['’]|ne|y|est|sont|était"
            + "|dans|à|en|sur|pour|par|avec|au|aux|joint|jointe|\\p{Ll}+(?:é|ée|és|ées))\\b)");
    /** Every match starts at a word "l" (l'armée) or "la" (la police). */
    private static final org.sitrep.annotate.text.Leads BARE_LEADS = org.sitrep.annotate.text.Leads.of(BARE, "l");
    private static final Set<String> ARMIES = new TreeSet<>(Set.of("iraqi-army", "syrian-army", "turkish-army",
            "russian-armed-forces", "us-armed-forces", "french-armed-forces", "iranian-forces"));
    private static final Set<String> POLICES = Set.of("iraqi-police");
    private static final Map<String, String> ARMY_OF = Map.of(CountryContext.IRAQ, "iraqi-army", CountryContext.SYRIA, "syrian-army");
    private static final Map<String, String> POLICE_OF = Map.of(CountryContext.IRAQ, "iraqi-police");

    /** Candidates for the bare mentions that {@code taken} does not cover. */
    static List<Candidate> find(String text, List<Candidate> kept, boolean[] taken, CountryContext context, ActorLexicon lexicon) {
        Set<String> armies = new TreeSet<>(), polices = new TreeSet<>();
        for (Candidate c : kept) {
            if (c.type != EntityType.FORCE) continue;
            if (ARMIES.contains(c.key)) armies.add(c.key);
            if (POLICES.contains(c.key)) polices.add(c.key);
        }
        List<Candidate> out = new ArrayList<>();
        for (java.util.regex.MatchResult m : BARE_LEADS.all(text)) {
            boolean army = m.group(1) != null;
            int s = army ? m.start(1) : m.start(2), e = army ? m.end(1) : m.end(2);
            if (taken[s]) continue;
            Set<String> named = army ? armies : polices;
            String country = named.isEmpty() ? context.at(s, e) : null; // null when no country dominates
            String key = named.size() == 1 ? named.iterator().next()
                    : country != null ? (army ? ARMY_OF : POLICE_OF).get(country) : null;
            Actor a = key == null ? null : lexicon.byKey(key).orElse(null);
            if (a == null) continue;
            Candidate c = new Candidate(s, e, Candidate.CONTEXT, a.type(), a.key(), a.label());
            c.wikidata = a.wikidata();
            c.subtype = a.subtype();
            out.add(c);
        }
        return out;
    }
}
