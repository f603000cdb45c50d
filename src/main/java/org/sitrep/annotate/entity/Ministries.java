package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.extract.EntityType;

/**
 * Ministries ("le ministère irakien de l'Intérieur", "le ministère de la Défense russe"): a ministry of a
 * named country gets a country-qualified key ({@code iraqi-interior-ministry}), an unqualified one the
 * plain key ({@code interior-ministry}).
 */
final class Ministries {
    private Ministries() { }

    private static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("irakien", "iraqi"), Map.entry("syrien", "syrian"), Map.entry("russe", "russian"),
            Map.entry("turc", "turkish"), Map.entry("américain", "us"), Map.entry("français", "french"),
            Map.entry("iranien", "iranian"), Map.entry("britannique", "british"), Map.entry("kurde", "kurdish"),
            Map.entry("jordanien", "jordanian"), Map.entry("libanais", "lebanese"), Map.entry("saoudien", "saudi"));
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("intérieur", "interior"), Map.entry("défense", "defence"), Map.entry("affaires étrangères", "foreign"),
            Map.entry("santé", "health"), Map.entry("justice", "justice"), Map.entry("pétrole", "oil"),
            Map.entry("information", "information"), Map.entry("finances", "finance"), Map.entry("peshmerga", "peshmerga"));
    private static final String ADJ = "(irakien|syrien|russe|turc|américain|français|iranien|britannique|kurde|jordanien|libanais|saoudien)";
    private static final Pattern MINISTRY = Pattern.compile(
            "\\b(?:[Mm]inistère)(?:[ \u00a0]+" + ADJ + ")?[ \u00a0]+(?:de[ \u00a0]+l['’]|de[ \u00a0]+la[ \u00a0]+|des[ \u00a0]+|du[ \u00a0]+|de[ \u00a0]+)"
            + "(?iu:(Intérieur|Défense|Affaires[ \u00a0]+étrangères|Santé|Justice|Pétrole|Information|Finances|Peshmerga))"
            + "(?:[ \u00a0]+" + ADJ + ")?");

    static List<Candidate> find(String text) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = MINISTRY.matcher(text);
        while (m.find()) {
            String adj = m.group(1) != null ? m.group(1) : m.group(3);
            String kind = KINDS.get(m.group(2).toLowerCase(Locale.ROOT).replace('\u00a0', ' '));
            String key = (adj == null ? "" : COUNTRIES.get(adj) + "-") + kind + "-ministry";
            String label = text.substring(m.start(), m.end()).replaceAll("\\s+", " ");
            label = Character.toLowerCase(label.charAt(0)) + label.substring(1);
            Candidate c = new Candidate(m.start(), m.end(), Candidate.LEXICON, EntityType.ORGANIZATION, key, label);
            c.subtype = "ministry";
            out.add(c);
        }
        return out;
    }
}
