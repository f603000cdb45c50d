package org.sitrep.annotate.claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.Mention;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Span;
import org.sitrep.lexicon.Names;

/**
 * Decides who a claim is attributed to from the words of its attribution frame
 * ("le général Raid Shakir Jaudat", "un porte-parole des unités du ministère de l'Intérieur",
 * "la chaîne CNN se référant au chef de la police", "lui", "le militaire irakien", "le communiqué").
 * Named entities in the frame win; pronouns and definite role nouns refer back to the last fitting
 * person; unnamed members and collective sources fall back to the organisation or the force last described.
 */
public final class SpeakerResolver {
    /** Who said it, and who relayed it. */
    public record Attribution(String claimant, Set<String> relays) {
        static Attribution none() { return new Attribution(null, new LinkedHashSet<>()); }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern CITED_BY = Pattern.compile(",?\\s*(?:cité|citée|cités|citées|interrogée?s?|joint|jointe)\\s+par\\s+", FLAGS);
    private static final Pattern REFERRING = Pattern.compile(
            "\\s*,?\\s*(?:se\\s+r[ée]f[ée]rant|en\\s+se\\s+r[ée]f[ée]rant|faisant\\s+r[ée]f[ée]rence)\\s+(?:à\\s+l['’]|à\\s+la|à|au|aux)\\s*"
            + "|\\s*,?\\s*(?:citant|qui\\s+cite|en\\s+citant|reprenant)\\s+", FLAGS);
    private static final Pattern ADDRESSEE = Pattern.compile("(?:\\bà|\\bau|\\baux|auprès\\s+d[eu']?|\\bsur)\\s*(?:l['’]|la\\s+|le\\s+)?(?:\\p{L}+\\s+){0,3}$", FLAGS);
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Pattern ORG_PHRASE = Pattern.compile(
            "(?:[Mm]inist[èe]re|Observatoire|Haut[- ]Commissariat|Commission|Conseil|Bureau|Office|Organisation)"
            + "(?:\\s+(?:de\\s+la|de\\s+l['’]|des|du|de|d['’]|et\\s+des|et\\s+de\\s+la|et\\s+du|et|pour\\s+les|pour\\s+la|pour\\s+le|aux|à\\s+la|à)?\\s*[A-ZÉÈ][\\p{L}'’-]*)+",
            Pattern.UNICODE_CASE);
    private static final Pattern ORG_ACRONYM = Pattern.compile(
            "(?:^|\\s)(?:le|la|l['’])\\s*((?:commandement|observatoire|bureau|agence|service|office|organisation|conseil|comité|direction|centre|mission)"
            + "[\\p{L}\\s'’-]{0,60}?)\\s*\\(((?-i:\\p{Lu})[\\p{L}]{1,10})\\)", FLAGS);
    private static final Pattern DEFINITE_NOUN = Pattern.compile("(?:^|[\\s,])(?:le|la|l['’])\\s*(\\p{L}[\\p{L}-]{3,})", FLAGS);
    private static final Pattern NATIONALITY = Pattern.compile(
            "(?:irakien|syrien|turc|turque|kurde|américain|russe|iranien|français|britannique|jordanien|libanais|saoudien|israélien|allemand|arabe)(?:ne)?s?");
    /** "l'ONG", "cette ONG": the last non-governmental organisation (or office) named. */
    private static final Pattern NGO = Pattern.compile("(?:^|\\s)(?:l['’]\\s*|cette\\s+)(?-i:ONG)(?![\\p{L}])", FLAGS);
    /** "l'agence", "la chaîne": a relay named by its kind refers to the last outlet named. */
    private static final Pattern OUTLET_NOUN = Pattern.compile("^\\s*(?:l['’]agence|la\\s+chaîne|le\\s+journal|le\\s+quotidien|la\\s+télévision)(?![\\p{L}])", FLAGS);
    /** "un responsable de la police fédérale", "un officier de l'armée": the organisation an unnamed member speaks for. */
    private static final Pattern MEMBER_OF = Pattern.compile(
            "(?:^|\\s)(?:un|une)\\s+(?:\\p{L}+\\s+)?(?<role>[\\p{L}-]+)(?:\\s+\\p{Ll}+)?\\s+(?:de\\s+la|de\\s+l['’]|du|des)\\s*(?<org>(?<noun>\\p{L}[\\p{L}-]*)(?:\\s+(?!de\\b|du\\b|des\\b|cité|joint|interrog)\\p{Ll}[\\p{L}-]*)?)", FLAGS);
    /** An unnamed singular speaker introduced indefinitely ("selon un officier de la police fédérale joint par Reuters,"). */
    private static final Pattern UNNAMED_SPEAKER = Pattern.compile(
            "(?<lead>selon|d['’]après|[.,;:]|^|\\s)\\s*(?<np>(?:un|une)\\s+(?:haut\\s+|haute\\s+)?(?<role>[\\p{L}-]+)[^,.;:«»]{0,80})", FLAGS);
    /** Leading words a subject may follow: "Lundi, la Turquie a annoncé", "Mardi soir, Ankara a exigé". */
    private static final Pattern SUBJECT_LEAD = Pattern.compile("^\\s*(?:[^,«»]{1,30},\\s*)?(?:la\\s+|le\\s+|l['’]|les\\s+)?", FLAGS);
    /** Roles of people who speak for an armed force: unnamed, they speak for the force last described. */
    private static final Set<String> FORCE_ROLES = Set.of("général", "commandant", "colonel", "capitaine", "lieutenant", "officier",
            "militaire", "soldat", "combattant", "brigadier", "commandement", "porte-parole", "responsable", "officiel", "cadre", "membre",
            "policier", "chef", "dirigeant", "émir");
    /** "à l'agence russe RB", "au quotidien turc Hürriyet": the medium addressed, whose nationality is not the speaker's. */
    private static final Pattern TO_MEDIUM = Pattern.compile(
            "(?<![\\p{L}])(?:à|au|aux|auprès\\s+d[eu'’]?)\\s*(?:l['’]|la\\s+|le\\s+)?(?:agence|chaîne|journal|quotidien|télévision|radio|site|presse|hebdomadaire)(?![\\p{L}])"
            + "(?:\\s+(?:de\\s+presse|d['’][ÉEé]tat|officielle|officiel|publique|public|progouvernementale|gouvernementale|étatique|"
            + "(?:irakien|syrien|turc|turque|kurde|américain|russe|iranien|français|britannique|arabe|libanais|saoudien|qatari)(?:ne)?s?))*"
            + "(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]*)*", FLAGS);
    /** Nationality adjective prefix → words that show that country around a person ("irakien" ↔ "Irak", "américain" ↔ "Etats-Unis"). */
    private static final Map<String, List<String>> COUNTRY_WORDS = new TreeMap<>(Map.ofEntries(
            Map.entry("irak", List.of("irak")), Map.entry("syri", List.of("syri", "damas")), Map.entry("tur", List.of("turc", "turqu", "ankara")),
            Map.entry("iran", List.of("iran", "téhéran")), Map.entry("améric", List.of("améric", "etats-unis", "états-unis", "washington", "pentagone")),
            Map.entry("russ", List.of("russ", "moscou", "kremlin")), Map.entry("fran", List.of("fran", "paris", "élysée")),
            Map.entry("britann", List.of("britann", "londres", "royaume-uni")), Map.entry("kurd", List.of("kurd", "peshmerga", "fds", "ypg")),
            Map.entry("jordan", List.of("jordan", "amman")), Map.entry("liban", List.of("liban", "beyrouth")), Map.entry("saoud", List.of("saoud", "riyad")),
            Map.entry("israél", List.of("israël", "israél")), Map.entry("allemand", List.of("allemand", "allemagne", "berlin")),
            Map.entry("arab", List.of("arab"))));
    private static final Pattern POLICE = Pattern.compile(
            "(?:^|[\\s,])(?:la|cette)\\s+((?:police|gendarmerie)(?:\\s+(?!selon\\b|dans\\b|dimanche\\b|lundi\\b|mardi\\b|mercredi\\b|jeudi\\b|vendredi\\b|samedi\\b)\\p{Ll}[\\p{L}-]{3,})?)(?![\\p{L}])", FLAGS);
    /** Words that may follow a role noun without being an adjective of its group. */
    private static final Set<String> NOT_ADJECTIVE = Set.of("sous", "dans", "joint", "jointe", "cité", "citée", "interrogé", "interrogée",
            "local", "locale", "anonyme", "haut", "haute", "militaire", "sur", "avec", "pour", "selon", "depuis");
    private static final Set<String> DET_DEFINITE = Set.of("le", "la", "l", "les", "ce", "cet", "cette", "ces", "du", "au", "son", "sa", "leur");
    private static final Set<String> POSSESSIVE = Set.of("son", "sa", "leur", "ses", "leurs");
    private static final Set<String> DET_INDEFINITE = Set.of("un", "une", "des", "d", "plusieurs", "deux", "trois", "certains", "un haut", "une haute");
    private static final Set<String> PRONOUN_SINGULAR = Set.of("il", "elle", "lui", "t-il", "t-elle", "-il", "-elle", "dernier", "dernière");
    private static final Set<String> PRONOUN_PLURAL = Set.of("ils", "elles", "eux", "t-ils", "t-elles", "derniers", "dernières");
    /** Indefinite role nouns that usually announce the person named just after ("selon un responsable irakien"). */
    private static final Set<String> ANNOUNCING = Set.of("responsable", "officiel", "haut", "commandant");

    private final TextIndex idx;
    private final SpeechLexicon lex;

    public SpeakerResolver(TextIndex idx, SpeechLexicon lex) {
        this.idx = idx;
        this.lex = lex;
    }

    /**
     * Resolves the frame [fs, fe) of a claim that starts at {@code anchor}.
     * The frame is the stretch of text that names the speaker (verb and speaker noun phrase, or "selon X").
     */
    public Attribution resolve(int fs, int fe, int anchor) {
        String text = idx.text();
        fs = Math.max(0, fs);
        fe = Math.min(text.length(), fe);
        if (fe <= fs) return Attribution.none();
        Set<String> relays = new LinkedHashSet<>();
        int cs = fs, ce = fe;
        String frame = text.substring(fs, fe);
        Matcher cited = CITED_BY.matcher(frame);
        Matcher referring = REFERRING.matcher(frame);
        if (cited.find()) {
            addRelays(fs + cited.end(), fe, relays);
            ce = fs + cited.start();
        } else if (referring.find()) {
            addRelays(fs, fs + referring.start(), relays);
            cs = fs + referring.end();
        }
        String claimant = claimant(cs, ce, anchor, relays, ce < fe);
        if (claimant == null && !relays.isEmpty()) claimant = relays.iterator().next();
        relays.remove(claimant);
        return new Attribution(claimant, relays);
    }

    private void addRelays(int s, int e, Set<String> relays) {
        int before = relays.size();
        for (Mention m : idx.mentionsIn(s, e)) {
            EntityType t = idx.type(m);
            if (t != EntityType.PLACE) relays.add(m.entityId());
        }
        if (relays.size() == before && OUTLET_NOUN.matcher(idx.text().substring(s, e)).find()) {
            Mention outlet = idx.lastBefore(s, 0, x -> idx.type(x) == EntityType.MEDIA_OUTLET);
            if (outlet != null) relays.add(outlet.entityId());
            else if (idx.doc().publisher() != null) relays.add(idx.doc().publisher());
        }
    }

    /** {@code quoted}: the frame says the speaker was quoted or reached by a relay ("cité par", "joint par"). */
    private String claimant(int cs, int ce, int anchor, Set<String> relays, boolean quoted) {
        String text = idx.text();
        List<Mention> candidates = new ArrayList<>();
        Head head = head(text.substring(cs, ce));
        boolean someoneSpeaks = head.role != null || head.pronounSingular || head.pronounPlural;
        for (Mention m : idx.mentionsIn(cs, ce)) {
            EntityType t = idx.type(m);
            String before = text.substring(cs, m.span().start());
            if (t == EntityType.MEDIA_OUTLET && ADDRESSEE.matcher(before).find() && (someoneSpeaks || !candidates.isEmpty())) {
                relays.add(m.entityId());
                continue;
            }
            candidates.add(m);
        }
        Mention person = first(candidates, EntityType.PERSON);
        if (person != null) return person.entityId();
        Mention acronym = acronymHead(candidates, ce);
        if (acronym != null) return acronym.entityId();
        if (head.pronounSingular) return singularReferent(anchor, relays);
        if (head.pronounPlural) return subjectForce(cs);
        if (head.ownOrganisation && candidates.isEmpty()) return ownOrganisation(anchor);
        Mention org = firstOrg(candidates);
        if (head.role != null && head.possessive && org == null) {
            String own = subjectForce(cs);
            if (own != null) return own;
        }
        if (head.role != null && head.definite && !head.plural && org == null) {
            List<String> quals = qualifiers(text.substring(cs, ce), head.role);
            String p;
            if (quals.isEmpty()) {
                p = lastPerson(anchor, head.role);
                if (p == null) p = nextPerson(anchor);
            } else {
                Mention q = idx.lastBefore(anchor, 0, x -> idx.type(x) == EntityType.PERSON && fits(x, head.role) && qualified(x, quals));
                if (q == null) {
                    List<String> nat = quals.stream().filter(w -> NATIONALITY.matcher(w).matches()).toList();
                    q = idx.firstAfter(anchor, idx.sentenceEndAhead(anchor, 2), x -> idx.type(x) == EntityType.PERSON && qualified(x, nat));
                }
                p = q == null ? null : q.entityId();
                if (p == null) p = namedAfterRole(cs, ce, head.role);
            }
            if (p != null) return p;
        }
        if (org != null) return org.entityId();
        String named = definiteOrganisation(text.substring(cs, ce), anchor);
        if (named == null) named = unnamedPolice(cs, ce);
        if (named != null) return named;
        if (head.anonymous) return null;
        if (head.role != null && !head.definite && !head.plural) {
            String member = memberOrganisation(cs, ce);
            if (member != null) return member;
            String group = roleAdjectiveFit(text.substring(cs, ce), head.role, anchor);
            if (group != null) return group;
            if (quoted && !relays.isEmpty()) return null;
        }
        if (head.role != null && !head.definite && !head.plural && ANNOUNCING.contains(head.role)) {
            String p = nextPerson(anchor);
            if (p != null) return p;
        }
        String created = createOrganisation(cs, ce);
        if (created != null) return created;
        if (head.role != null || head.collective) {
            Set<String> stems = nationalities(text.substring(cs, ce));
            if (!stems.isEmpty()) {
                String fit = groupWithStem(stems, anchor);
                return fit != null ? fit : groupWithStemAhead(stems, anchor);
            }
            if ("source".equals(head.role)) return null;
            if (head.role != null && !FORCE_ROLES.contains(head.role)) return null;
            return subjectForce(cs);
        }
        Mention place = first(candidates, EntityType.PLACE);
        if (place != null && Names.norm(text.substring(cs, ce)).equals(Names.norm(place.span().of(text)))) return place.entityId();
        if (place != null && subjectAt(cs, place)) return place.entityId();
        return null;
    }

    /**
     * "le Haut-Commissariat de l'ONU aux réfugiés (HCR)": the acronym closing the frame names the whole phrase,
     * so its entity is the speaker, not an organisation named inside the phrase; so does an acronym in
     * parentheses right after the phrase the frame opens with ("Le HCR des Nations unies (HCR) estime que …").
     */
    private Mention acronymHead(List<Mention> candidates, int ce) {
        String text = idx.text();
        int close = ce;
        while (close > 0 && Character.isWhitespace(text.charAt(close - 1))) close--;
        if (close == 0 || candidates.isEmpty()) return null;
        for (Mention m : candidates) {
            EntityType t = idx.type(m);
            if (t == EntityType.PLACE || t == EntityType.PERSON) continue;
            int s = m.span().start(), e = m.span().end();
            if (s == 0 || text.charAt(s - 1) != '(') continue;
            if (e == close - 1 && text.charAt(e) == ')') return m;
            int comma = text.indexOf(',', candidates.get(0).span().start());
            if (e < text.length() && text.charAt(e) == ')' && m != candidates.get(0) && (comma < 0 || comma > s)) return m;
        }
        return null;
    }

    /**
     * "un commandant rebelle", "un combattant kurde": the adjective right after the role noun names the group the
     * unnamed member belongs to; the last force or organisation named before whose name has a word of that stem.
     */
    private String roleAdjectiveFit(String frame, String role, int anchor) {
        List<String> after = wordsAfter(frame, role);
        if (after.isEmpty()) return null;
        String adj = after.get(0);
        if (!Character.isLowerCase(adj.charAt(0)) || adj.length() < 4) return null;
        if (NATIONALITY.matcher(adj).matches() || lex.speakerNoun(adj) || NOT_ADJECTIVE.contains(adj)) return null;
        return groupWithStem(Set.of(nationalityStem(adj)), anchor);
    }

    /** True when the place is the subject that opens the frame ("Lundi, la Turquie a annoncé", "Ankara a exigé"): a government speaking. */
    private boolean subjectAt(int cs, Mention place) {
        if (place.span().start() < cs) return false;
        Matcher lead = SUBJECT_LEAD.matcher(idx.text().substring(cs, place.span().start()));
        return lead.matches();
    }

    /**
     * "un responsable de la police", "un officier de la police fédérale": the organisation the unnamed member belongs to,
     * when its head noun names an organisation. A named one in the frame has already won; otherwise it is created.
     */
    private String memberOrganisation(int cs, int ce) {
        String created = createOrganisation(cs, ce);
        if (created != null) return created;
        String frame = idx.text().substring(cs, ce);
        Matcher m = MEMBER_OF.matcher(frame);
        if (!m.find() || !lex.speakerNoun(m.group("role").toLowerCase(Locale.ROOT))) return null;
        String noun = m.group("noun").toLowerCase(Locale.ROOT);
        if (!lex.organisationNouns.contains(noun) || noun.equals("ong")) return null;
        String label = m.group("org").strip();
        Entity e = idx.doc().entity(EntityType.ORGANIZATION, Names.slug(label), label);
        e.altLabels.add(label);
        Span span = new Span(cs + m.start("org"), cs + m.start("org") + label.length());
        if (!e.mentions.contains(span)) {
            e.mentions.add(span);
            idx.add(new Mention(span, e.id()));
        }
        return e.id();
    }

    /** True when a speech verb ends right before the position ("», a reconnu un combattant"). */
    private boolean afterSpeechVerb(int pos) {
        String before = idx.text().substring(Math.max(0, pos - 50), pos).stripTrailing();
        LeadFinder.Finder v = lex.invertedVerbs.finder(before);
        while (v.find()) if (v.matcher().end() == before.length()) return true;
        return false;
    }

    /** True when the frame's head names someone speaking (a pronoun, a role, a collective or anonymous source), resolved or not. */
    public boolean namesSomeone(int fs, int fe) {
        fs = Math.max(0, fs);
        fe = Math.min(idx.text().length(), fe);
        if (fe <= fs) return false;
        Head h = head(idx.text().substring(fs, fe));
        return h.role != null || h.pronounSingular || h.pronounPlural || h.collective || h.anonymous;
    }

    /**
     * Who "il" / "a-t-il ajouté" refers to: the last person named before the anchor, unless an unnamed speaker
     * ("selon un responsable de la police, …") was introduced after that person in the two sentences before;
     * then whatever that speaker resolves to (the organisation, or the relay that quoted him).
     */
    private String singularReferent(int anchor, Set<String> relays) {
        Mention person = idx.lastBefore(anchor, 0, x -> idx.type(x) == EntityType.PERSON);
        int floor = Math.max(person == null ? 0 : person.span().end(), idx.sentences().isEmpty() ? 0
                : idx.sentences().get(Math.max(0, idx.sentenceIndex(anchor) - 2)).start());
        if (floor < anchor) {
            Matcher u = UNNAMED_SPEAKER.matcher(idx.text());
            u.region(floor, anchor);
            int s = -1, e = -1;
            while (u.find()) {
                if (!lex.roleSingular.contains(u.group("role").toLowerCase(Locale.ROOT))) continue;
                if (u.group("lead").isBlank() && !afterSpeechVerb(u.start("np"))) continue;
                s = u.start("np");
                e = u.end("np");
            }
            if (s >= 0) {
                Attribution a = resolve(s, e, s);
                relays.addAll(a.relays());
                if (a.claimant() != null) return a.claimant();
                if (!a.relays().isEmpty()) return null;
            }
        }
        return person == null ? null : person.entityId();
    }

    private Mention first(List<Mention> ms, EntityType type) {
        for (Mention m : ms) if (idx.type(m) == type) return m;
        return null;
    }

    private Mention firstOrg(List<Mention> ms) {
        for (Mention m : ms) {
            EntityType t = idx.type(m);
            if (t == EntityType.ORGANIZATION || t == EntityType.FORCE || t == EntityType.MEDIA_OUTLET || t == EntityType.SOCIAL_ACCOUNT) return m;
        }
        return null;
    }

    /** The last person named before the anchor whose role fits (any person when no role is given or none fits). */
    String lastPerson(int anchor, String role) {
        String any = null;
        Mention m = idx.lastBefore(anchor, 0, x -> idx.type(x) == EntityType.PERSON && (role == null || fits(x, role)));
        if (m != null) return m.entityId();
        if (role != null) {
            Mention a = idx.lastBefore(anchor, 0, x -> idx.type(x) == EntityType.PERSON);
            if (a != null) any = a.entityId();
        }
        return any;
    }

    /**
     * "Selon son organisation": the organisation or force named last, within this sentence and the previous one
     * (the one the speaker just named belongs to); null when there is none.
     */
    private String ownOrganisation(int anchor) {
        int floor = idx.sentences().isEmpty() ? 0 : idx.sentences().get(Math.max(0, idx.sentenceIndex(anchor) - 1)).start();
        Mention org = idx.lastBefore(anchor, floor, x -> idx.type(x) == EntityType.ORGANIZATION || idx.type(x) == EntityType.FORCE);
        return org == null ? null : org.entityId();
    }

    /** A person named within the next two sentences (a role noun announcing the name given just after). */
    String nextPerson(int anchor) {
        Mention m = idx.firstAfter(anchor, idx.sentenceEndAhead(anchor, 2), x -> idx.type(x) == EntityType.PERSON);
        return m == null ? null : m.entityId();
    }

    /**
     * What distinguishes a definite role: "le ministre iranien des Affaires étrangères" → [iranien, affaires];
     * nationality adjectives and capitalised words after the role noun (as lower-case words).
     */
    static List<String> qualifiers(String frame, String role) {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String word : wordsAfter(frame, role)) {
            if (n++ >= 6) break;
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.equals("a") || lower.equals("ont") || lower.equals("avait")) break;
            if (NATIONALITY.matcher(lower).matches()) out.add(lower);
            else if (Character.isUpperCase(word.charAt(0)) && word.length() > 3) out.add(lower.replaceAll("^[ld]['’]", ""));
        }
        return out;
    }

    /**
     * True when the sentence of one of the person's mentions (or their role) has every qualifier; a nationality
     * fails only when that sentence shows another country and not this one.
     */
    private boolean qualified(Mention m, List<String> quals) {
        Entity e = idx.entity(m);
        String text = idx.text();
        List<String> contexts = new ArrayList<>();
        if (e.role != null) contexts.add(e.role.toLowerCase(Locale.ROOT));
        for (Span s : e.mentions) {
            int si = idx.sentenceIndex(s.start());
            Span sent = si < 0 ? new Span(0, text.length()) : idx.sentences().get(si);
            contexts.add(text.substring(Math.min(sent.start(), s.start()), Math.max(sent.end(), s.end())).toLowerCase(Locale.ROOT));
        }
        for (String ctx : contexts) {
            boolean all = true;
            for (String q : quals) {
                if (NATIONALITY.matcher(q).matches()) {
                    boolean same = false, other = false;
                    for (Map.Entry<String, List<String>> c : COUNTRY_WORDS.entrySet()) {
                        boolean shown = false;
                        for (String word : c.getValue()) shown |= ctx.contains(word);
                        if (q.startsWith(c.getKey())) same |= shown;
                        else other |= shown;
                    }
                    all &= same || !other;
                } else all &= ctx.contains(q);
            }
            if (all) return true;
        }
        return false;
    }

    /**
     * "le général Yarallah", "le colonel Dillon" when no such person is known: the capitalised name right after the
     * role noun is a person, added to the entity table (so that later pronouns find them).
     */
    private String namedAfterRole(int cs, int ce, String role) {
        String frame = idx.text().substring(cs, ce);
        Matcher w = WORD.matcher(frame);
        int start = -1, end = -1;
        boolean seen = false;
        while (w.find()) {
            String word = w.group();
            if (!seen) {
                String lower = word.toLowerCase(Locale.ROOT);
                seen = lower.equals(role);
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0)) || word.length() < 3 || !word.substring(1).chars().anyMatch(Character::isLowerCase)) break;
            if (start < 0) start = w.start();
            end = w.end();
            if (frame.substring(start, end).split("\\s+").length >= 3) break;
        }
        if (start < 0) return null;
        Span span = new Span(cs + start, cs + end);
        for (Mention m : idx.mentionsIn(span.start(), span.end())) return null;
        String name = frame.substring(start, end);
        Entity e = idx.doc().entity(EntityType.PERSON, Names.slug(name), name);
        e.altLabels.add(name);
        if (e.role == null) e.role = role;
        e.mentions.add(span);
        idx.add(new Mention(span, e.id()));
        return e.id();
    }

    /** The words of the frame after the first occurrence of the role noun (singular or plural), in their case. */
    private static List<String> wordsAfter(String frame, String role) {
        List<String> out = new ArrayList<>();
        boolean seen = false;
        Matcher w = WORD.matcher(frame);
        while (w.find()) {
            String word = w.group();
            if (seen) out.add(word);
            else {
                String lower = word.toLowerCase(Locale.ROOT);
                seen = lower.equals(role) || lower.equals(role + "s");
            }
        }
        return out;
    }

    private boolean fits(Mention m, String role) {
        Entity e = idx.entity(m);
        String r = role.toLowerCase(Locale.ROOT);
        if (e.role != null && e.role.toLowerCase(Locale.ROOT).contains(r)) return true;
        String text = idx.text();
        for (Span s : e.mentions) {
            String around = text.substring(Math.max(0, s.start() - 60), Math.min(text.length(), s.end() + 80)).toLowerCase(Locale.ROOT);
            if (around.contains(r)) return true;
        }
        String around = text.substring(Math.max(0, m.span().start() - 60), Math.min(text.length(), m.span().end() + 80)).toLowerCase(Locale.ROOT);
        return around.contains(r) || r.equals("militaire") || r.equals("responsable") || r.equals("officiel");
    }

    /**
     * The force last described before {@code pos}: the first force named in the nearest sentence
     * (this one before pos, then up to four back) that names one, the enemy (IS) only when nobody else is there.
     */
    String subjectForce(int pos) {
        int si = idx.sentenceIndex(pos);
        String enemy = null;
        for (int i = si; i >= 0 && i >= si - 4; i--) {
            Span s = idx.sentences().get(i);
            int end = i == si ? pos : s.end();
            for (Mention m : idx.mentionsIn(s.start(), end)) {
                if (idx.type(m) != EntityType.FORCE) continue;
                if (idx.entity(m).key.equals("isis")) {
                    if (enemy == null) enemy = m.entityId();
                    continue;
                }
                return m.entityId();
            }
        }
        return enemy;
    }

    /**
     * "l'état-major turc", "des sources militaires irakiennes": the last force or organisation named
     * before whose name carries the same nationality adjective ("armée turque").
     */
    private static Set<String> nationalities(String frame) {
        Matcher medium = TO_MEDIUM.matcher(frame);
        if (medium.find()) frame = frame.substring(0, medium.start()) + " " + frame.substring(medium.end());
        Set<String> stems = new LinkedHashSet<>();
        Matcher w = WORD.matcher(frame.toLowerCase(Locale.ROOT));
        while (w.find()) {
            if (NATIONALITY.matcher(w.group()).matches()) stems.add(nationalityStem(w.group()));
        }
        return stems;
    }

    /** "selon des sources militaires irakiennes, les forces irakiennes ont atteint …": a fitting force named later in the sentence. */
    private String groupWithStemAhead(Set<String> stems, int anchor) {
        Mention m = idx.firstAfter(anchor, idx.sentenceEndAhead(anchor, 0), x -> hasStem(x, stems));
        return m == null ? null : m.entityId();
    }

    /** The last force or organisation named before the anchor that has a name word of one of these stems. */
    private String groupWithStem(Set<String> stems, int anchor) {
        Mention m = idx.lastBefore(anchor, 0, x -> hasStem(x, stems));
        return m == null ? null : m.entityId();
    }

    /** True when the mention is a force or organisation with a name word of one of these stems ("armée turque" for "turc"). */
    private boolean hasStem(Mention x, Set<String> stems) {
        Entity e = idx.entity(x);
        if (e.type != EntityType.FORCE && e.type != EntityType.ORGANIZATION || e.key.equals("isis")) return false;
        Set<String> names = new LinkedHashSet<>(e.altLabels);
        names.add(e.label);
        for (String n : names) {
            for (String tok : n.toLowerCase(Locale.ROOT).split("[\\s'’-]+")) if (stems.contains(nationalityStem(tok))) return true;
        }
        return false;
    }

    /** "irakiennes" → "irakien", "turque" → "turc", "kurdes" → "kurd". */
    static String nationalityStem(String adj) {
        String t = adj.endsWith("s") ? adj.substring(0, adj.length() - 1) : adj;
        if (t.endsWith("enne")) return t.substring(0, t.length() - 2);
        if (t.endsWith("que")) return t.substring(0, t.length() - 3) + "c";
        if (t.endsWith("aise") || t.endsWith("aine") || t.endsWith("de") || t.endsWith("ne")) return t.substring(0, t.length() - 1);
        return t;
    }

    /**
     * "le ministère", "l'Observatoire", "la coalition": a definite organisation noun refers to the last
     * organisation or force named before whose name contains that noun.
     */
    /**
     * "la police a affirmé", "la police fédérale a indiqué" with no police named before: the police of the story
     * speaks; it is added as an organisation.
     */
    private String unnamedPolice(int cs, int ce) {
        Matcher m = POLICE.matcher(idx.text().substring(cs, ce));
        if (!m.find()) return null;
        String label = m.group(1).strip();
        Entity e = idx.doc().entity(EntityType.ORGANIZATION, Names.slug(label), label);
        e.altLabels.add(label);
        Span span = new Span(cs + m.start(1), cs + m.start(1) + label.length());
        if (!e.mentions.contains(span)) {
            e.mentions.add(span);
            idx.add(new Mention(span, e.id()));
        }
        return e.id();
    }

    private String definiteOrganisation(String frame, int anchor) {
        if (NGO.matcher(frame).find()) {
            Mention ngo = idx.lastBefore(anchor, 0, x -> idx.type(x) == EntityType.ORGANIZATION);
            if (ngo != null) return ngo.entityId();
        }
        Matcher m = DEFINITE_NOUN.matcher(frame);
        if (!m.find()) return null;
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        if (!lex.organisationNouns.contains(noun)) return null;
        Mention last = idx.lastBefore(anchor, 0, x -> {
            Entity e = idx.entity(x);
            if (e.type == EntityType.PLACE || e.type == EntityType.PERSON) return false;
            if (e.label.toLowerCase(Locale.ROOT).contains(noun)) return true;
            for (String a : e.altLabels) if (a.toLowerCase(Locale.ROOT).contains(noun)) return true;
            return false;
        });
        return last == null ? null : last.entityId();
    }

    /**
     * An office named in the frame that the entity table lacks: "le ministère des Déplacés et des Migrations",
     * "le commandement central américain (Centcom)". It is added to the entity table as an organisation.
     */
    private String createOrganisation(int cs, int ce) {
        String frame = idx.text().substring(cs, ce);
        Matcher m = ORG_PHRASE.matcher(frame);
        String acronym = null;
        int start, end;
        if (m.find()) {
            start = m.start();
            end = m.end();
        } else {
            Matcher a = ORG_ACRONYM.matcher(frame);
            if (!a.find()) return null;
            start = a.start(1);
            end = a.end(1);
            acronym = a.group(2);
        }
        String label = frame.substring(start, end).strip();
        Entity e = idx.doc().entity(EntityType.ORGANIZATION, Names.slug(acronym != null ? acronym : label), label);
        e.altLabels.add(label);
        if (acronym != null) e.altLabels.add(acronym);
        Span span = new Span(cs + start, cs + start + label.length());
        if (!e.mentions.contains(span)) {
            e.mentions.add(span);
            idx.add(new Mention(span, e.id()));
        }
        return e.id();
    }

    /** What the frame's first words are: a pronoun, a role noun (with its determiner), a collective or anonymous source. */
    Head head(String frame) {
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(frame.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (w.find() && words.size() < 12) {
            String t = w.group();
            int apo = t.indexOf('\'');
            if (apo >= 0 && apo < t.length() - 1) {
                words.add(t.substring(0, apo));
                words.add(t.substring(apo + 1));
            } else words.add(t);
        }
        Head h = new Head();
        for (int i = 0; i < words.size(); i++) {
            String t = words.get(i);
            if (t.endsWith("-on")) continue; // impersonal "a-t-on appris": the source comes after
            if (t.endsWith("-t-il") || t.endsWith("-t-elle") || t.endsWith("-il") || t.endsWith("-elle")) {
                h.pronounSingular = true;
                return h;
            }
            if (t.endsWith("-ils") || t.endsWith("-elles")) { h.pronounPlural = true; return h; }
            if (PRONOUN_SINGULAR.contains(t) && (i == 0 || !DET_INDEFINITE.contains(words.get(i - 1)))) {
                if (!t.equals("dernier") && !t.equals("dernière") || (i > 0 && (words.get(i - 1).equals("ce") || words.get(i - 1).equals("cette")))) {
                    h.pronounSingular = true;
                    return h;
                }
            }
            if (PRONOUN_PLURAL.contains(t)) { h.pronounPlural = true; return h; }
            if (lex.anonymous.contains(t)) { h.anonymous = true; return h; }
            if (lex.roleSingular.contains(t) || lex.rolePlural.contains(t)) {
                h.role = lex.roleSingular.contains(t) ? t : singular(t);
                h.plural = !lex.roleSingular.contains(t) || (i > 0 && (words.get(i - 1).equals("les") || words.get(i - 1).equals("des") || words.get(i - 1).equals("ces")));
                h.definite = i > 0 && DET_DEFINITE.contains(words.get(i - 1));
                h.possessive = i > 0 && POSSESSIVE.contains(words.get(i - 1));
                if (h.role.equals("source") || h.role.equals("commandement")) h.collective = true;
                return h;
            }
            if (lex.collective.contains(t)) { h.collective = true; return h; }
            if (i > 0 && POSSESSIVE.contains(words.get(i - 1)) && lex.organisationNouns.contains(t)) { h.ownOrganisation = true; return h; }
        }
        return h;
    }

    private String singular(String plural) {
        for (String s : lex.roleSingular) {
            if ((s + "s").equals(plural) || (s.endsWith("al") && (s.substring(0, s.length() - 2) + "aux").equals(plural))) return s;
        }
        return plural;
    }

    /** The analysed first words of a frame. */
    static final class Head {
        boolean pronounSingular, pronounPlural, definite, possessive, plural, anonymous, collective;
        /** "son organisation", "leur ministère": the organisation of the speaker just named. */
        boolean ownOrganisation;
        String role;
    }
}
