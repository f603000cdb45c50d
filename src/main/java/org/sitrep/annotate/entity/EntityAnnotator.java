package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Layers;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Sentence;
import org.sitrep.doc.Embed;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Span;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.lexicon.ActorLexicon;
import org.sitrep.lexicon.ActorLexicon.Actor;
import org.sitrep.lexicon.Names;

/**
 * Finds the named entities of an article: actors of the {@link ActorLexicon}, places of the
 * {@link Gazetteer}, unknown places from their context, named people, the accounts of embedded posts,
 * acronyms the text defines, and the publisher. Overlapping candidates are settled longest first
 * ("police fédérale irakienne" beats "police irakienne" and "Irak"). Fills the entity table and the
 * {@link Mention} layer (every occurrence) and sets the publisher.
 */
public final class EntityAnnotator implements Annotator {

    /** Single-word place names that are common French words, months or compass points. */
    private static final Set<String> PLACE_STOP = Set.of(
            "est", "ouest", "nord", "sud", "centre", "etat", "ville", "province", "al", "el", "tal", "tell", "mont", "sur",
            "sous", "place", "capitale", "bien", "rue", "port", "janvier", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "orient", "levant", "golfe", "plus", "fin", "man", "bar", "ras", "tout",
            "dieu", "paix", "victoire", "liberation", "salam", "islam", "union", "alliance", "front");

    private static final Pattern ACRONYM = Pattern.compile("\\G[ \u00a0]*\\((\\p{Lu}[\\p{L}\\-]{1,9})\\)");
    private static final Pattern BYLINE = Pattern.compile("(?m)^[ \t]*(?:Par|By)[ \u00a0]+([^\\n,]{2,40}?)[ \t]*$");
    private static final Pattern DATELINE_OUTLET = Pattern.compile("(?m)^[^\\n]{1,60}?[ \u00a0][-–—][ \u00a0]([^\\n]{2,30}?)[ \t]*$");
    private static final Pattern WIRE = Pattern.compile("(?m)^[^\\n]{0,80}?\\((AFP|Reuters|AP|Anadolu)\\)[ \u00a0]*[-–—]");
    /** A credit line: "Le Figaro avec AFP | Mis à jour le ...", "Par France 24 avec Reuters", "RFI | publié le ...". */
    private static final Pattern CREDIT = Pattern.compile("(?m)^[ \t]*(?:Par[ \u00a0]+)?([^\\n|()]{2,40}?)[ \u00a0]+(?:avec[ \u00a0]+(?:l['’])?\\p{Lu}[^\\n|]{0,30}?[ \u00a0]*(?:\\||$)|\\|[ \u00a0]*(?iu:publié|mis[ \u00a0]+à[ \u00a0]+jour|mis[ \u00a0]+en[ \u00a0]+ligne))");
    private static final Pattern FOLLOW = Pattern.compile("(?i)\\bSuivez[ \u00a0]+([^\\n]{2,30}?)[ \u00a0]*sur");

    private final ActorLexicon lexicon;
    private final Gazetteer gazetteer;
    private final NameTrie<Object> dictionary = new NameTrie<>();
    private final PlaceContexts contexts;
    private final PersonFinder persons = new PersonFinder();
    private final AdminCues adminCues;

    /** The standard actor lexicon and the given gazetteer of places. */
    public EntityAnnotator(Gazetteer gazetteer) { this(ActorLexicon.standard(), gazetteer); }

    public EntityAnnotator(ActorLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.contexts = new PlaceContexts(gazetteer);
        this.adminCues = new AdminCues(gazetteer);
        for (Actor a : lexicon.actors()) for (String n : a.names()) dictionary.add(n, a);
        List<GazetteerEntry> places = new ArrayList<>(gazetteer.entries());
        places.sort(Comparator.comparing(GazetteerEntry::key));
        for (GazetteerEntry g : places) {
            if (!"Place".equalsIgnoreCase(g.type())) continue;
            Set<String> names = new java.util.TreeSet<>(g.names());
            if (g.labelFr() != null) names.add(g.labelFr());
            if (g.labelEn() != null) names.add(g.labelEn());
            for (String n : names) {
                String norm = Names.norm(n);
                if (norm.length() < 3 || PLACE_STOP.contains(norm) || n.chars().noneMatch(Character::isUpperCase)) continue;
                if (lexicon.lookup(n).isPresent()) continue;
                dictionary.add(n, g);
            }
        }
    }

    @Override public Set<Class<?>> requires() { return Set.of(Sentence.class); }

    @Override public Set<Class<?>> produces() { return Set.of(Mention.class, Layers.ENTITIES.class); }

    @Override public void annotate(AnnotatedDocument doc) {
        String text = doc.text();
        Tokens tokens = Tokens.of(text);
        boolean[] signature = new boolean[text.length() + 1];
        for (Embed e : doc.article().embeds()) {
            for (int i = Math.max(0, e.end()); i < Math.min(text.length(), e.lineEnd()); i++) signature[i] = true;
        }

        List<Candidate> cands = new ArrayList<>();
        for (int i = 0; i < tokens.size; ) {
            NameTrie.Hit<Object> hit = signature[tokens.start[i]] ? null : dictionary.longest(tokens, i);
            if (hit == null) { i++; continue; }
            int from = tokens.start[hit.from()], to = tokens.end[hit.to() - 1];
            cands.add(fromDictionary(from, to, text.substring(from, to), hit.value()));
            i = hit.to();
        }
        dropCommonWordsAtSentenceStart(doc, text, cands);
        boolean[] actors = mask(text, cands, c -> c.type != EntityType.PLACE);
        for (Candidate c : contexts.find(text, actors)) if (!signature[c.start]) cands.add(c);
        cands.addAll(Ministries.find(text));
        for (Candidate c : Outlets.find(text, actors)) if (!signature[c.start]) cands.add(c);
        boolean[] taken = mask(text, cands, c -> true);
        boolean[] named = mask(text, cands, c -> c.type != EntityType.PLACE);
        for (Candidate c : persons.find(text, taken, named)) if (!signature[c.start]) cands.add(c);

        Set<String> personWords = new java.util.TreeSet<>();
        for (Candidate c : cands) if (c.type == EntityType.PERSON) personWords.addAll(List.of(Names.norm(c.label).split(" ")));
        boolean[] found = mask(text, cands, c -> true);
        boolean[] places = mask(text, cands, c -> c.type == EntityType.PLACE);
        for (Candidate c : contexts.at(text, found, places, personWords)) if (!signature[c.start]) cands.add(c);
        List<Candidate> kept = adminCues.apply(text, resolve(cands, text.length()));
        CountryContext theatre = new CountryContext(text, kept);
        kept = KurdishForces.resolve(text, kept, theatre);
        kept.addAll(NationalForces.find(text, kept, mask(text, kept, c -> true), theatre, lexicon));
        kept.addAll(acronyms(text, tokens, kept, signature));
        kept.addAll(surnames(tokens, kept, signature));
        kept.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> -c.end));

        java.util.TreeMap<Integer, Candidate> forces = new java.util.TreeMap<>();
        for (Candidate c : kept) if (c.type == EntityType.FORCE) forces.putIfAbsent(c.start, c);
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : kept) {
            Entity e = doc.entity(c.type, c.key, c.label);
            Span span = new Span(c.start, c.end);
            e.altLabels.add(text.substring(c.start, c.end).replaceAll("\\s+", " "));
            if (c.extraName != null) e.altLabels.add(c.extraName);
            e.mentions.add(span);
            if (e.wikidata == null && c.wikidata != null) { e.wikidata = c.wikidata; e.linkConfidence = 1.0; }
            if (e.subtype == null) e.subtype = c.subtype;
            if (e.lat == null) { e.lat = c.lat; e.lon = c.lon; }
            if (e.country == null) e.country = c.country;
            if (c.role != null && e.role == null) {
                e.role = c.role;
                e.affiliation = affiliation(c, forces);
            }
            mentions.add(new Mention(span, e.id()));
        }
        accounts(doc, mentions);
        mentions.sort(Comparator.comparing(Mention::span));
        doc.set(Mention.class, mentions);
        publisher(doc);
    }

    /**
     * A one-word outlet or organisation name that opens a sentence and is followed by "de" is the
     * common noun ("Libération de quartiers ..."), not the newspaper.
     */
    private static void dropCommonWordsAtSentenceStart(AnnotatedDocument doc, String text, List<Candidate> cands) {
        Set<Integer> starts = new java.util.HashSet<>();
        for (Sentence s : doc.layer(Sentence.class)) starts.add(s.span().start());
        cands.removeIf(c -> (c.type == EntityType.MEDIA_OUTLET || c.type == EntityType.ORGANIZATION)
                && starts.contains(c.start) && text.substring(c.start, c.end).chars().noneMatch(Character::isWhitespace)
                && COMMON_FOLLOWER.matcher(text).region(c.end, text.length()).lookingAt());
    }

    private static final Pattern COMMON_FOLLOWER = Pattern.compile("[ \u00a0]+(?:de|des|du|d['’]|et|à|au|aux|en)\\b");

    private Candidate fromDictionary(int s, int e, String surface, Object value) {
        if (value instanceof Actor a) {
            Candidate c = new Candidate(s, e, Candidate.LEXICON, a.type(), a.key(), a.label());
            c.wikidata = a.wikidata();
            c.subtype = a.subtype();
            return c;
        }
        GazetteerEntry g = (GazetteerEntry) value;
        String label = g.labelFr() != null ? g.labelFr() : surface.replaceAll("\\s+", " ");
        Candidate c = new Candidate(s, e, Candidate.LEXICON, EntityType.PLACE, g.key(), label);
        copy(g, c);
        return c;
    }

    /** Copies what a gazetteer entry knows onto a candidate place. */
    static void copy(GazetteerEntry g, Candidate c) {
        c.wikidata = g.qid();
        c.subtype = g.subtype();
        c.lat = g.lat();
        c.lon = g.lon();
        c.country = g.countryQid();
    }

    private static boolean[] mask(String text, List<Candidate> cands, java.util.function.Predicate<Candidate> which) {
        boolean[] m = new boolean[text.length() + 1];
        for (Candidate c : cands) if (which.test(c)) for (int i = c.start; i < c.end; i++) m[i] = true;
        return m;
    }

    /** Keeps non-overlapping candidates: longest first, then higher priority, then earlier. */
    private static List<Candidate> resolve(List<Candidate> cands, int length) {
        List<Candidate> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingInt((Candidate c) -> -c.length()).thenComparingInt(c -> -c.priority)
                .thenComparingInt(c -> c.start));
        boolean[] used = new boolean[length + 1];
        List<Candidate> kept = new ArrayList<>();
        outer:
        for (Candidate c : sorted) {
            for (int i = c.start; i < c.end; i++) if (used[i]) continue outer;
            for (int i = c.start; i < c.end; i++) used[i] = true;
            kept.add(c);
        }
        return kept;
    }

    /** "les Forces démocratiques syriennes (FDS)": binds the acronym to the entity and finds its other uses. */
    private static List<Candidate> acronyms(String text, Tokens tokens, List<Candidate> kept, boolean[] signature) {
        Map<String, Candidate> defined = new LinkedHashMap<>();
        List<Candidate> sorted = new ArrayList<>(kept);
        sorted.sort(Comparator.comparingInt(c -> c.start));
        for (Candidate c : sorted) {
            if (c.type == EntityType.PERSON) continue;
            Matcher m = ACRONYM.matcher(text).region(c.end, Math.min(text.length(), c.end + 16));
            if (!m.lookingAt()) continue;
            String acr = m.group(1);
            if (acr.chars().filter(Character::isUpperCase).count() < 2) continue;
            defined.putIfAbsent(acr, c);
        }
        if (defined.isEmpty()) return List.of();
        boolean[] used = mask(text, kept, x -> true);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < tokens.size; i++) {
            Candidate def = defined.get(tokens.raw(i));
            if (def == null || used[tokens.start[i]] || signature[tokens.start[i]]) continue;
            Candidate c = new Candidate(tokens.start[i], tokens.end[i], def.priority, def.type, def.key, def.label);
            c.wikidata = def.wikidata;
            c.subtype = def.subtype;
            out.add(c);
        }
        return out;
    }

    /** Later mentions of a person by surname alone ("Lavrov a ajouté"). */
    private static List<Candidate> surnames(Tokens tokens, List<Candidate> kept, boolean[] signature) {
        Map<String, Candidate> bySurname = new LinkedHashMap<>();
        for (Candidate c : kept) {
            if (c.type != EntityType.PERSON || c.priority != Candidate.PERSON) continue;
            Tokens t = Tokens.of(c.label);
            if (t.size < 2) continue;
            String last = t.norm[t.size - 1];
            if (last.length() >= 4) bySurname.putIfAbsent(last, c);
        }
        if (bySurname.isEmpty()) return List.of();
        boolean[] used = new boolean[tokens.text.length() + 1];
        for (Candidate c : kept) for (int i = c.start; i < c.end; i++) used[i] = true;
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < tokens.size; i++) {
            Candidate p = bySurname.get(tokens.norm[i]);
            if (p == null || used[tokens.start[i]] || signature[tokens.start[i]]
                    || !Character.isUpperCase(tokens.text.charAt(tokens.start[i]))) continue;
            out.add(new Candidate(tokens.start[i], tokens.end[i], Candidate.PERSON, EntityType.PERSON, p.key, p.label));
        }
        return out;
    }

    /** The first armed force named inside a person's role phrase ("brigadier général Peshmerga"). */
    private static String affiliation(Candidate person, java.util.TreeMap<Integer, Candidate> forces) {
        if (person.roleStart < 0) return null;
        Map.Entry<Integer, Candidate> f = forces.ceilingEntry(person.roleStart);
        return f != null && f.getValue().end <= person.roleEnd ? f.getValue().key : null;
    }

    /** Accounts of embedded posts: key = handle in lower case, label "Name (@handle)". */
    private static void accounts(AnnotatedDocument doc, List<Mention> mentions) {
        String text = doc.text();
        for (Embed em : doc.article().embeds()) {
            if (em.handle() == null && em.accountName() == null) continue;
            String handle = em.handle() == null ? null : em.handle().replaceFirst("^@", "");
            String name = em.accountName() == null ? handle : em.accountName().strip();
            String key = handle != null ? handle.toLowerCase(Locale.ROOT) : Names.slug(name);
            String label = handle != null ? name + " (@" + handle + ")" : name;
            Entity owner = handle == null ? null : owner(doc, handle);
            Entity e = owner != null ? owner : doc.entity(EntityType.SOCIAL_ACCOUNT, key, label);
            if (owner != null) {
                doc.entities().put(EntityType.SOCIAL_ACCOUNT.segment + "/" + key, owner); // its posts are the person's
                e.altLabels.add(label);
            }
            if (handle != null) e.altLabels.add("@" + handle);
            if (owner == null) e.subtype = "social-account";
            int from = Math.max(0, Math.min(em.end(), text.length()));
            int to = Math.max(from, Math.min(em.lineEnd(), text.length()));
            int at = handle == null ? -1 : text.indexOf("@" + handle, from);
            Span span;
            if (at >= 0 && at < to) {
                int s = text.lastIndexOf(name, at);
                span = s >= from ? new Span(s, Math.min(text.length(), at + handle.length() + 2)) : new Span(at, at + handle.length() + 1);
                if (span.end() > text.length() || text.charAt(span.end() - 1) != ')') span = new Span(span.start(), at + handle.length() + 1);
            } else {
                span = new Span(Math.max(0, Math.min(em.lineStart(), text.length())), Math.max(0, Math.min(em.lineEnd(), text.length())));
            }
            e.mentions.add(span);
            mentions.add(new Mention(span, e.id()));
        }
    }

    /**
     * The person the text names whose name is the handle's ("@brett_mcgurk" for Brett McGurk, "@BrettMcGurk" too):
     * the account is that person's, one source, not two; null when there is none.
     */
    private static Entity owner(AnnotatedDocument doc, String handle) {
        String h = letters(handle);
        if (h.length() < 6) return null;
        for (Entity p : doc.entities().values()) if (p.type == EntityType.PERSON && letters(p.label).equals(h)) return p;
        return null;
    }

    private static String letters(String s) { return Names.norm(s).replaceAll("[^a-z]", ""); }

    /** The outlet: the article's publisher hint, else a byline, a "Place - Outlet" dateline or "Suivez X sur". */
    private void publisher(AnnotatedDocument doc) {
        String hint = doc.article().publisherHint();
        Entity outlet = hint == null || hint.isBlank() ? null : outlet(doc, hint.strip(), true);
        String text = doc.text();
        for (Pattern p : List.of(CREDIT, BYLINE, DATELINE_OUTLET, FOLLOW, WIRE)) {
            if (outlet != null) break;
            Matcher m = p.matcher(text);
            while (outlet == null && m.find()) outlet = outlet(doc, m.group(1).strip(), p == BYLINE || p == CREDIT);
        }
        if (outlet != null) doc.setPublisher(outlet.id());
        // Agencies credited on furniture lines the reader dropped ("Le Monde avec AFP") are sources of the article.
        for (String agency : doc.article().credits()) outlet(doc, agency, true);
    }

    /** The outlet named by this phrase: a lexicon outlet (whole phrase or its longest outlet name), or a new one when allowed. */
    private Entity outlet(AnnotatedDocument doc, String phrase, boolean createUnknown) {
        Actor known = lexicon.lookup(phrase).filter(a -> a.type() == EntityType.MEDIA_OUTLET).orElse(null);
        if (known == null) {
            Tokens t = Tokens.of(phrase);
            for (int i = 0; i < t.size && known == null; i++) {
                NameTrie.Hit<Object> h = dictionary.longest(t, i);
                if (h != null && h.value() instanceof Actor a && a.type() == EntityType.MEDIA_OUTLET) known = a;
            }
        }
        if (known != null) {
            Entity e = doc.entity(EntityType.MEDIA_OUTLET, known.key(), known.label());
            if (e.wikidata == null && known.wikidata() != null) { e.wikidata = known.wikidata(); e.linkConfidence = 1.0; }
            e.subtype = known.subtype();
            e.altLabels.add(phrase);
            return e;
        }
        if (!createUnknown || phrase.split("\\s+").length > 5 || !Character.isUpperCase(phrase.codePointAt(0))
                && !Character.isLowerCase(phrase.codePointAt(0))) return null;
        Entity e = doc.entity(EntityType.MEDIA_OUTLET, Names.slug(phrase), phrase);
        e.altLabels.add(phrase);
        e.subtype = "media";
        return e;
    }
}
