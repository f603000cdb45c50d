package org.sitrep.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-level tests for the page furniture that web-page text dumps of French news sites carry
 * around an article: share buttons, advertising labels, navigation crumbs, cookie banners,
 * subscription prompts, related-article links, image credits and UI strings in other scripts.
 * Every test looks at one trimmed line of the dump.
 */
public final class BoilerplateRules {
    private BoilerplateRules() { }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Whole lines that are UI labels (compared lower-cased, apostrophes straightened). */
    private static final Set<String> LABELS = Set.of(
            "publicité", "publicite", "pub", "advertisement", "annonce", "sponsorisé", "contenu sponsorisé",
            "contenus sponsorisés", "loader", "loading", "chargement", "chargement...", "find us", "chat", "menu",
            "rechercher", "recherche", "accueil", "se connecter", "connexion", "déconnexion", "mon compte",
            "newsletter", "newsletters", "s'abonner", "abonnez-vous", "je m'abonne", "s'inscrire", "fermer",
            "close", "retour", "suivant", "précédent", "commenter", "commentaires", "réagir", "imprimer",
            "envoyer", "facebook", "twitter", "whatsapp", "linkedin", "messenger", "telegram", "email", "e-mail",
            "mail", "x", "partager", "partage", "vidéo", "video", "direct", "en direct", "ok", "voir plus",
            "lire la suite", "lire plus", "plus d'infos", "fil d'actu", "fil info", "flux rss", "rss",
            "écouter", "ecouter", "play", "pause", "replay", "discussion", "copier le lien", "lien copié",
            "afficher les commentaires", "réagissez", "abonné", "abonnés", "premium", "offert",
            "ajouter à mes favoris", "sauvegarder", "favoris", "google news", "suivre", "suivez-nous",
            "tout accepter", "tout refuser", "accepter", "refuser", "continuer sans accepter", "en savoir plus",
            "raconter l'actualité", "url courte", "lien court", "podcasts", "podcast", "events", "évènements", "événements", "live", "top",
            "haut de page", "retour en haut", "sommaire", "à la une", "les plus lus", "les plus partagés");

    /** Fragments that mark a (short) line as a sharing, consent or subscription widget wherever they occur. */
    private static final List<Pattern> WIDGETS = List.of(
            Pattern.compile("^partag(?:er|ez)\\b.{0,60}$", FLAGS),
            Pattern.compile("close button|copy to clipboard|lien copié|copier/coller le lien|copier le lien", FLAGS),
            Pattern.compile("tous droits réservés|all rights reserved|reproduction interdite", FLAGS),
            Pattern.compile("votre inscription a été (?:enregistrée|prise en compte)|merci de cliquer sur le lien"
                    + "|confirmez votre inscription|inscrivez-vous à (?:la|notre|nos) newsletter|réservé aux abonnés"
                    + "|il vous reste \\d+ ?% de cet article|la suite est réservée|pour participer aux discussions"
                    + "|les plus récents d'abord|les plus anciens d'abord|signaler un abus|règles de modération", FLAGS),
            Pattern.compile("^suivez\\b.{1,60}?\\bsur\\s*(?:telegram|twitter|facebook|instagram|youtube|whatsapp|google|x|les réseaux)\\b", FLAGS),
            Pattern.compile("^fil d'actu|^raconter l'actualité", FLAGS),
            Pattern.compile("^votre navigateur\\b|\\bactive[zr] (?:le )?javascript|mettez à jour votre navigateur"
                    + "|lecture de (?:cette|la) vidéo|ce contenu (?:n'est pas disponible|est bloqué)"
                    + "|vous devez accepter|contenu (?:bloqué|indisponible)", FLAGS),
            Pattern.compile("^(?:\\d+\\s+)?(?:commentaires?|réactions?|partages?|vidéos?)(?:\\s*\\(\\d+\\))?$", FLAGS));

    /** Subscription and account prompts: common words, so only on short lines. */
    private static final Pattern PROMPT = Pattern.compile(
            "abonnez-vous|s'abonner|je m'abonne|déjà abonné|découvrez nos offres|offre (?:spéciale|d'essai)"
                    + "|téléchargez (?:l'application|notre application)|identifiez-vous|créez(?:-vous)? un compte"
                    + "|connectez-vous|recevez (?:chaque|nos|notre|gratuitement)", FLAGS);

    /** Cookie and consent banners, however long their paragraphs. */
    private static final Pattern CONSENT = Pattern.compile(
            "\\bcookies?\\b|tout accepter|tout refuser|paramétrer (?:vos|mes) choix|gérer (?:vos|mes) choix"
                    + "|politique de confidentialité|vous consentez|continuer sans accepter|accepter et fermer"
                    + "|nos partenaires (?:et nous|utilisons)|accepter et continuer|accepter et poursuivre", FLAGS);

    /** A bare header that introduces a list of links to other articles. */
    private static final Pattern RELATED_HEADER = Pattern.compile(
            "^(?:(?:à|a)\\s+)?(?:lire|voir|découvrir|decouvrir|écouter|regarder|relire)\\s+(?:aussi|également|egalement|encore)\\s*:?"
                    + "|^(?:sur le même (?:sujet|thème)|dans la même rubrique|articles? (?:liés|similaires|recommandés|associés)"
                    + "|vous aimerez aussi|vous (?:pourriez|pouvez) aussi aimer|à ne pas manquer|nos articles|plus d'actualités?"
                    + "|les dernières? (?:actualités|informations|vidéos|infos)|dernières infos|dans l'actualité|tendances?"
                    + "|les (?:\\+|plus) (?:lus|partagés|commentés|populaires)|sujets liés|mots-clés|dans la même catégorie"
                    + "|(?:plus d'|autres |nos autres )articles|nos dernières vidéos|en continu|à suivre)\\s*:?", FLAGS);

    /** One link to another article: "Lire aussi : headline", "LIRE AUSSI >> headline". */
    private static final Pattern RELATED_LINK = Pattern.compile(
            "^(?:(?:à|a)\\s+)?(?:lire|voir|découvrir|écouter|regarder|relire)(?:\\s+(?:aussi|également|encore))?\\s*(?::|>+|»|-|–|—|\\|)\\s*\\S.*"
                    + "|^(?:notre (?:article|dossier|reportage|décryptage|récit)|le récit|le décryptage|sur le même sujet)\\s*(?::|>+|»)\\s*\\S.*"
                    + "|^\\[?(?:lire|voir)\\s+(?:aussi|notre)\\b.*\\]$"
                    + "|^(?:(?:à|a)\\s+)?(?:lire|voir)\\s+(?:aussi|également)\\s+\\p{Lu}[^.!?]{0,160}[^.!?;:]$", FLAGS);

    /** Image credits and captions. */
    private static final List<Pattern> CREDITS = List.of(
            Pattern.compile("^©|^\\(c\\)\\s|^copyright\\b", FLAGS),
            Pattern.compile("^\\(?(?:photo|photos|crédits?|credits?|image|illustration|infographie)(?:\\s+d'illustration)?\\s*:", FLAGS),
            Pattern.compile("^[^.!?]{0,160}/\\s*(?:AFP|Reuters|AP|EPA|Getty Images|Anadolu|SANA|ANHA|Sipa|Abaca)\\b[^.!?]{0,30}$"),
            Pattern.compile("^.{0,160}\\bcrédits? photos?\\s*:.{0,60}$", FLAGS),
            Pattern.compile("^.{0,200}©\\s*[^.!?©]{1,60}$"),
            Pattern.compile("^.{0,200}\\b(?:AFP|REUTERS|AP|EPA) PHOTO\\b.{0,60}$"),
            Pattern.compile("^.{0,200}\\b(?:REUTERS|AFP|AP|EPA|SANA|ANHA)\\s*/\\s*\\p{Lu}[\\p{L} .'\\-]{2,40}$"),
            Pattern.compile("^photo d'illustration\\b.{0,80}$", FLAGS),
            Pattern.compile("^.{0,200}\\((?:photo|photos|crédit|crédits|illustration|image)\\s*:?\\s*[^()]{1,40}\\)\\.?$", FLAGS));

    /** A caption ending with the outlet's name: "Mossoul - Sputnik France". */
    private static final Pattern OUTLET_CAPTION = Pattern.compile(
            "^(?=.{3,140}$)[^.!?]*?\\S\\s+[-–—]\\s+((?:\\p{Lu}[\\p{L}'’]*)(?:\\s+(?:\\p{Lu}[\\p{L}'’]*|\\d+))+|\\p{Lu}{2,5})$");

    /** A byline: "Par Euronews", "Par Le Figaro avec AFP", "By Reuters staff". */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[Pp]ar|[Bb]y)\\s+([\\p{Lu}\\d][\\p{L}\\d'’.\\- ]{1,60}?)(?:\\s*(?:,|\\||•|-|–)\\s*.{0,60})?$", Pattern.UNICODE_CASE);

    /** Publication or update stamp lines. */
    private static final Pattern STAMP = Pattern.compile(
            "^(?:publié|mis à jour|mise à jour|modifié|mis en ligne|actualisé|dernière maj|dernière mise à jour)(?:\\s+le\\b|\\s*:|\\s+à\\b|\\s+il y a\\b|\\s+\\d).{0,80}\\d.{0,40}$", FLAGS);

    /** Reading-time and similar article-tool lines. */
    private static final Pattern TOOLS = Pattern.compile(
            "^(?:mots-clés\\s*:|tags\\s*:|temps de lecture|lecture\\s*:?\\s*\\d+\\s*min|\\d+\\s*min(?:utes?)? de lecture|offrir (?:l'|cet )article"
                    + "|ajouter à (?:vos|mes|ma) (?:sélections|favoris|liste)|écouter (?:cet |l')article|article réservé aux abonnés"
                    + "|partager (?:via|sur)\\b|envoyer par (?:e-?mail|courriel))", FLAGS);

    /** A source credit alone on its line: "Source: Reuters". */
    private static final Pattern SOURCE_LINE = Pattern.compile("^sources?\\s*:\\s*\\S.{0,50}$", FLAGS);

    /** Menus glued together by the dump: "EventsÉvènementsPodcasts". */
    private static final Pattern GLUED_MENU = Pattern.compile("^(?:\\p{Lu}\\p{Ll}+){3,}$");

    /** Wire-copy sign-off initials: "ab/tp", "sk/jri/cac". */
    private static final Pattern SIGN_OFF = Pattern.compile("^[a-z]{2,4}(?:/[a-z]{2,4}){1,5}$");

    private static final Pattern LONE_NUMBER = Pattern.compile("^[\\d\\s.,:/%()+\\-]+$");

    /** True when the line is page furniture rather than article content. */
    public static boolean isBoilerplate(String line) {
        String t = simplify(line);
        if (t.isEmpty()) return true;
        String lower = t.toLowerCase(Locale.ROOT);
        if (LABELS.contains(lower) || LABELS.contains(lower.replaceAll("[.:!…]+$", ""))) return true;
        if (LONE_NUMBER.matcher(t).matches() || SIGN_OFF.matcher(t).matches() || GLUED_MENU.matcher(t).matches()) return true;
        if (t.length() <= 400) {
            for (Pattern p : WIDGETS) if (p.matcher(t).find()) return true;
        }
        if (CONSENT.matcher(t).find()) return true;
        if (t.length() < 80 && PROMPT.matcher(t).find()) return true;
        if (isRelatedLink(t) || isCredit(t) || byline(t) != null) return true;
        if (TOOLS.matcher(t).find() && t.length() < 120) return true;
        if (STAMP.matcher(t).matches() || SOURCE_LINE.matcher(t).matches() || PageStamps.isFurniture(t)) return true;
        return isForeignScript(t);
    }

    /** True for a bare "Lire aussi" / "À découvrir également" header. */
    public static boolean isRelatedHeader(String line) {
        String t = simplify(line);
        Matcher m = RELATED_HEADER.matcher(t);
        return m.lookingAt() && m.end() == t.length();
    }

    /** True for a single "Lire aussi : headline" link line. */
    public static boolean isRelatedLink(String line) {
        return RELATED_LINK.matcher(simplify(line)).matches();
    }

    /** True for image credits and captions ("© AFP 2021 …", "… - Sputnik France", "Photo : …"). */
    public static boolean isCredit(String line) {
        String t = simplify(line);
        for (Pattern p : CREDITS) if (p.matcher(t).find()) return true;
        return outletCaption(t) != null;
    }

    /** The outlet that ends a caption line ("Mossoul - Sputnik France" → "Sputnik France"), or null. */
    public static String outletCaption(String line) {
        Matcher m = OUTLET_CAPTION.matcher(simplify(line));
        return m.matches() && !PageStamps.isSectionName(m.group(1)) ? m.group(1) : null;
    }

    /** The name in a short byline ("Par Euronews" → "Euronews"), or null. */
    public static String byline(String line) {
        String t = simplify(line);
        if (t.length() > 90 || t.endsWith(".")) return null;
        Matcher m = BYLINE.matcher(t);
        return m.matches() ? m.group(1).strip() : null;
    }

    /** True when the line looks like a headline or link title: short, no sentence-final punctuation (a short quote may end it). */
    public static boolean isHeadlineLike(String line) {
        String t = simplify(line);
        if (t.length() > 180) return false;
        char last = t.charAt(t.length() - 1);
        if ("»\"”".indexOf(last) >= 0) return t.length() < 100 && !t.contains(". ");
        return ".!?…;:".indexOf(last) < 0;
    }

    /** True when most letters of the line are in a non-Latin script (Cyrillic UI strings, ...). */
    public static boolean isForeignScript(String line) {
        int letters = 0;
        int foreign = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) foreign++;
        }
        return letters > 0 && foreign * 2 > letters;
    }

    /** Whitespace normalised (no-break spaces to spaces, runs collapsed), apostrophes straightened. */
    static String simplify(String line) {
        StringBuilder b = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (RawLine.isSpace(c)) {
                space = true;
                continue;
            }
            if (space && b.length() > 0) b.append(' ');
            space = false;
            b.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
        }
        return b.toString();
    }
}
