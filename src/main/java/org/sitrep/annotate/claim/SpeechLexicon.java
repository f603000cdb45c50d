package org.sitrep.annotate.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The French words of attribution, loaded from {@code org/sitrep/claims/*.txt}: speech verbs
 * (with their conjugated forms compiled into patterns), role nouns, collective and anonymous sources.
 */
public final class SpeechLexicon {
    private static final SpeechLexicon STANDARD = new SpeechLexicon();

    /** "a déclaré", "ont affirmé", "affirme", "annoncent", "avait indiqué", "a également précisé". */
    public final Pattern finiteVerb;
    /** Inverted forms after a quote or a clause: "a-t-il déclaré", "affirme-t-il", "dit-il", plus all finite forms. */
    public final Pattern invertedVerb;
    /** Verbs that attribute only right after a quote: "« … », a lancé X", "« … », s'est félicité X". */
    public final Pattern afterQuoteVerb;
    /** Passive: "a été annoncé par", "ont été rapportés par", "est présentée par … comme …". */
    public final Pattern passiveBy;
    /** The same patterns, tried only at their possible lead words (see {@link LeadFinder}). */
    final LeadFinder finiteVerbs, invertedVerbs, afterQuoteVerbs, passives;
    public final Set<String> roleSingular = new TreeSet<>();
    public final Set<String> rolePlural = new TreeSet<>();
    public final Set<String> collective = new TreeSet<>();
    public final Set<String> anonymous = new TreeSet<>();
    public final List<String> selonExclusions = new ArrayList<>();
    public final Set<String> organisationNouns = new TreeSet<>();

    public static SpeechLexicon standard() { return STANDARD; }

    private SpeechLexicon() {
        List<String> finite = new ArrayList<>();
        List<String> participles = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (String line : read("speech-verbs.txt")) {
            String[] f = line.split("\\s+");
            present.add(f[0]);
            finite.add(f[0]);
            finite.add(f[1]);
            finite.add(f[2]);
            finite.add(f[2].substring(0, f[2].length() - 1) + "ent");
            participles.add(f[3]);
        }
        String pp = "(?:" + String.join("|", participles) + ")(?:e|s|es)?";
        String adverb = "(?:\\s+(?:\\p{L}+ment|aussi|encore|déjà|enfin|ensuite|d['’]ailleurs|par ailleurs|également|toutefois|cependant|pourtant|"
                + "alors|plusieurs fois|à plusieurs reprises|à nouveau|de nouveau|auparavant|souvent|de son côté|de leur côté|pour sa part|pour leur part|quant à lui|quant à elle|lui aussi|elle aussi|pour autant))?";
        String aux = "(?:a|ont|avait|avaient|aurait|auraient|aura)";
        String fin = "(?:" + aux + adverb + "\\s+" + pp + "|(?:" + String.join("|", finite) + "))";
        finiteVerb = Pattern.compile("(?<![\\p{L}-])" + fin + "(?![\\p{L}-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String pron = "(?:il|elle|on|ils|elles)";
        String inv = "(?:a-t-on\\s+appris|apprend-on|(?:a|ont|avait|avaient)-t?-?" + pron + adverb + "\\s+" + pp
                + "|(?:" + String.join("|", present) + ")-(?:t-)?" + pron + "|" + fin + ")";
        invertedVerb = Pattern.compile("(?<![\\p{L}-])" + inv + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        afterQuoteVerb = Pattern.compile("(?<![\\p{L}-])(?:(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on|ils|elles))?" + adverb
                + "\\s+(?:lancé|réagi|renchéri|plaidé|tranché|ironisé|tonné|résumé)e?s?|lance(?:-t-(?:il|elle))?|s['’]est\\s+(?:félicité|réjoui|indigné|exclamé)e?s?"
                + "|se\\s+(?:félicite|réjouit|désole|défend)(?:nt)?)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        passiveBy = Pattern.compile("(?<![\\p{L}-])(?:(?:a|ont|avait|avaient|aurait|auraient)\\s+été\\s+" + pp
                + "|(?:est|sont|était|étaient)\\s+(?:" + pp + "|(?:présenté|décrit|qualifié)(?:e|s|es)?))\\s+par\\s+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> auxLeads = List.of("a$", "ont$", "avait$", "avaient$", "aurait$", "auraient$", "aura$");
        List<String> finiteLeads = new ArrayList<>(auxLeads);
        for (String form : finite) finiteLeads.add(form);
        finiteVerbs = new LeadFinder(finiteVerb, finiteLeads);
        List<String> invertedLeads = new ArrayList<>(finiteLeads);
        invertedLeads.add("apprend");
        invertedVerbs = new LeadFinder(invertedVerb, invertedLeads);
        afterQuoteVerbs = new LeadFinder(afterQuoteVerb, List.of("a$", "ont$", "avait$", "avaient$", "lanc", "s$", "se$"));
        passives = new LeadFinder(passiveBy, List.of("a$", "ont$", "avait$", "avaient$", "aurait$", "auraient$", "est$", "sont$", "était$", "étaient$"));
        for (String line : read("role-nouns.txt")) {
            String[] f = line.split("\\s+");
            roleSingular.add(f[0]);
            rolePlural.add(f[1]);
        }
        collective.addAll(read("collective-sources.txt"));
        anonymous.addAll(read("anonymous-sources.txt"));
        selonExclusions.addAll(read("selon-exclusions.txt"));
        organisationNouns.addAll(read("organisation-nouns.txt"));
    }

    /** True when the word (lower case) names a speaker: a role, a collective or anonymous source, an organisation. */
    public boolean speakerNoun(String w) {
        return roleSingular.contains(w) || rolePlural.contains(w) || collective.contains(w) || anonymous.contains(w)
                || organisationNouns.contains(w);
    }

    /** Non-comment, non-blank lines of a resource in this package's resource folder. */
    static List<String> read(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = SpeechLexicon.class.getResourceAsStream("/org/sitrep/claims/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource org/sitrep/claims/" + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
