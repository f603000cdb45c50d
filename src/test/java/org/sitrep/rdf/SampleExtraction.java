package org.sitrep.rdf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.sitrep.doc.Article;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.Operation;
import org.sitrep.extract.Span;

/** A hand-built extraction: a place, two forces, a person with a role, an outlet, two operations, a claim with a figure. */
public final class SampleExtraction {
    private SampleExtraction() { }

    public static final String QUOTE = "Nous avons repris au moins 12 villages autour de Mossoul.";

    /** An article named {@code fileName} whose claim is the quote above. */
    public static Extraction build(String fileName) {
        String text = "Offensive sur Mossoul\n\nLe général Yahya Rasool, porte-parole de l'armée irakienne, a déclaré : « "
                + QUOTE + " » L'Etat islamique recule.";
        int qs = text.indexOf(QUOTE);
        Article article = new Article(fileName, "/nowhere/" + fileName, "Offensive sur Mossoul", text, "Euronews",
                null, "fr", List.of(), "0123abcd");
        Map<String, Entity> entities = new LinkedHashMap<>();
        Entity mosul = new Entity("mosul", EntityType.PLACE, "Mossoul");
        mosul.altLabels.add("Mossoul");
        mosul.altLabels.add("Mosul");
        mosul.wikidata = "Q83317";
        mosul.linkConfidence = 0.95;
        mosul.lat = 36.34;
        mosul.lon = 43.13;
        mosul.country = "Q796";
        mosul.subtype = "city";
        Entity army = new Entity("iraqi-army", EntityType.FORCE, "armée irakienne");
        army.altLabels.add("armée irakienne");
        Entity isis = new Entity("isis", EntityType.FORCE, "Etat islamique");
        Entity person = new Entity("yahya-rasool", EntityType.PERSON, "Yahya Rasool");
        person.role = "porte-parole";
        person.affiliation = "iraqi-army";
        Entity outlet = new Entity("euronews", EntityType.MEDIA_OUTLET, "Euronews");
        for (Entity e : List.of(mosul, army, isis, person, outlet)) entities.put(e.id(), e);

        Operation offensive = new Operation("mosul-offensive", "offensive sur Mossoul");
        offensive.altLabels.add("bataille de Mossoul");
        offensive.targets.add(mosul.id());
        offensive.participants.add(army.id());
        offensive.opponents.add(isis.id());
        offensive.startDate = LocalDate.of(2016, 10, 17);
        offensive.wikidata = "Q26987445";
        Operation assault = new Operation("east-mosul-assault", "assaut sur l'est de Mossoul");
        assault.partOf = "mosul-offensive";

        Claim claim = new Claim(Claim.Kind.DIRECT_QUOTE, new Span(qs, qs + QUOTE.length()), QUOTE);
        claim.claimant = person.id();
        claim.relays.add(outlet.id());
        claim.about.add(mosul.id());
        claim.figures.add(new Claim.Figure(12, "village", "au moins", new Span(qs + 27, qs + 38)));
        return new Extraction(article, entities, List.of(offensive, assault), List.of(claim), outlet.id(), LocalDate.of(2016, 11, 7));
    }

    /** The standard mapping of {@link #build}, generated at a fixed instant. */
    public static Model model(String fileName) {
        return ArticleMapper.standard().toModel(build(fileName), Instant.parse("2024-01-02T03:04:05Z"), "rules-test");
    }
}
