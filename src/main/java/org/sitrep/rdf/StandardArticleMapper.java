package org.sitrep.rdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sitrep.doc.Article;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Span;
import org.sitrep.extract.Entity;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.Operation;

/**
 * The mapping of the contract (../shared/spec/CONTRACT.md): the article node, every entity and
 * operation it mentions, its claims with their figures, and PROV-O provenance of the graph itself.
 * Every node gets a deterministic IRI (no blank nodes). The article's title is also its rdfs:label,
 * since an article is a sr:Source and every source has a label. Natural-language text (labels, titles,
 * roles, claim text) carries the article's language tag; codes and identifiers are plain strings.
 */
public final class StandardArticleMapper implements ArticleMapper {
    private static final int MAX_FALLBACK_TITLE = 200;

    @Override public Model toModel(Extraction x, Instant generatedAt, String extractorVersion) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        new Run(m, x).map(generatedAt, extractorVersion);
        return m;
    }

    /** One mapping: the model being filled and the extraction it comes from. */
    private static final class Run {
        private final Model m;
        private final Extraction x;
        private final Article a;
        private final String lang;
        private final Resource article;

        Run(Model m, Extraction x) {
            this.m = m;
            this.x = x;
            this.a = x.article();
            this.lang = a.language();
            this.article = m.createResource(ArticleMapper.articleIri(a.fileName()));
        }

        void map(Instant generatedAt, String version) {
            mapArticle();
            for (Entity e : x.entities().values()) mapEntity(e);
            for (Operation op : x.operations()) mapOperation(op);
            for (Claim c : x.claims()) mapClaim(c);
            mapProvenance(generatedAt, version);
        }

        private void mapArticle() {
            article.addProperty(RDF.type, SR.Article).addProperty(RDF.type, SR.Source)
                    .addProperty(DCTerms.identifier, a.fileName())
                    .addProperty(DCTerms.language, lang)
                    .addProperty(SR.cleanedText, a.text());
            String title = a.title() != null && !a.title().isBlank() ? a.title().strip() : firstLine(a.text());
            if (title != null) article.addProperty(DCTerms.title, title, lang).addProperty(RDFS.label, title, lang);
            if (x.publisher() != null) article.addProperty(SR.publisher, entity(x.publisher()));
            LocalDate issued = x.issued() != null ? x.issued() : a.issuedHint();
            if (issued != null) article.addProperty(DCTerms.issued, date(issued));
            for (String id : x.entities().keySet()) article.addProperty(SR.mentions, entity(id));
            for (Operation op : x.operations()) article.addProperty(SR.mentions, operation(op.key));
        }

        private void mapEntity(Entity e) {
            Resource r = entity(e.id());
            for (Resource type : types(e)) r.addProperty(RDF.type, type);
            r.addProperty(RDFS.label, e.label, lang);
            for (String alt : e.altLabels) r.addProperty(SKOS.altLabel, alt, lang);
            if (e.wikidata != null) {
                r.addProperty(OWL.sameAs, m.createResource(SR.WD + e.wikidata));
                r.addLiteral(SR.linkConfidence, decimal(BigDecimal.valueOf(e.linkConfidence).setScale(3, RoundingMode.HALF_UP)));
            }
            if (e.role != null) r.addProperty(SR.role, e.role, lang);
            if (e.affiliation != null) {
                r.addProperty(SR.affiliation, entity(e.affiliation.contains("/") ? e.affiliation : "force/" + e.affiliation));
            }
            if (e.subtype != null) r.addProperty(SR.subtype, e.subtype);
            if (e.country != null) r.addProperty(SR.country, m.createResource(SR.WD + e.country));
            if (e.lat != null && e.lon != null) {
                Resource geometry = m.createResource(r.getURI() + "/geometry").addProperty(RDF.type, GEO.Geometry);
                String wkt = "POINT(" + plain(BigDecimal.valueOf(e.lon)) + " " + plain(BigDecimal.valueOf(e.lat)) + ")";
                geometry.addLiteral(GEO.asWKT, m.createTypedLiteral(wkt, TypeMapper.getInstance().getSafeTypeByName(GEO.wktLiteral)));
                r.addProperty(GEO.hasGeometry, geometry);
            }
        }

        private static List<Resource> types(Entity e) {
            return switch (e.type) {
                case PLACE -> List.of(SR.Place);
                case FORCE -> List.of(SR.Force);
                case MEDIA_OUTLET -> List.of(SR.MediaOutlet, SR.Source);
                case PERSON -> List.of(SR.Person, SR.Source);
                case SOCIAL_ACCOUNT -> List.of(SR.SocialAccount, SR.Source);
                case ORGANIZATION -> List.of(SR.Source);
            };
        }

        private void mapOperation(Operation op) {
            Resource r = operation(op.key).addProperty(RDF.type, SR.Operation).addProperty(RDFS.label, op.label, lang);
            for (String alt : op.altLabels) r.addProperty(SKOS.altLabel, alt, lang);
            for (String id : op.targets) r.addProperty(SR.target, entity(id));
            for (String id : op.participants) r.addProperty(SR.participant, entity(id));
            for (String id : op.opponents) r.addProperty(SR.opponent, entity(id));
            if (op.startDate != null) r.addProperty(SR.startDate, date(op.startDate));
            if (op.partOf != null) r.addProperty(SR.partOf, operation(op.partOf));
            if (op.wikidata != null) r.addProperty(OWL.sameAs, m.createResource(SR.WD + op.wikidata));
        }

        /** The evidence span without the white space at its ends. */
        private static Span trimmed(Span span, String text) {
            int s = span.start(), e = Math.min(span.end(), text.length());
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            return new Span(s, e);
        }

        private void mapClaim(Claim c) {
            String iri = ArticleMapper.claimIri(a.fileName(), c.evidence);
            Span ev = trimmed(c.evidence, a.text());
            // sr:text is exactly the cleaned text at the evidence offsets, so every claim leads back to its words.
            Resource r = m.createResource(iri).addProperty(RDF.type, SR.Claim)
                    .addProperty(SR.reportedIn, article)
                    .addProperty(SR.text, ev.of(a.text()), lang)
                    .addProperty(SR.claimType, c.kind == Claim.Kind.DIRECT_QUOTE ? SR.DirectQuote : SR.ReportedSpeech)
                    .addLiteral(SR.evidenceStart, integer(ev.start()))
                    .addLiteral(SR.evidenceEnd, integer(ev.end()));
            if (c.claimant != null) r.addProperty(SR.claimant, entity(c.claimant));
            for (String id : c.relays) r.addProperty(SR.relayedBy, entity(id));
            for (String id : c.about) r.addProperty(SR.about, entity(id));
            for (int i = 0; i < c.figures.size(); i++) {
                Claim.Figure f = c.figures.get(i);
                Resource fig = m.createResource(iri + "/figure/" + (i + 1)).addProperty(RDF.type, SR.Figure)
                        .addLiteral(SR.value, decimal(BigDecimal.valueOf(f.value())));
                if (f.unit() != null) fig.addProperty(SR.unit, f.unit());
                if (f.qualifier() != null) fig.addProperty(SR.qualifier, f.qualifier());
                r.addProperty(SR.figure, fig);
            }
        }

        private void mapProvenance(Instant generatedAt, String version) {
            String name = ArticleMapper.encode(a.fileName());
            Instant at = generatedAt.truncatedTo(ChronoUnit.SECONDS);
            Literal time = m.createTypedLiteral(at.toString(), XSDDatatype.XSDdateTime);
            Resource file = m.createResource(SR.ID + "file/" + name).addProperty(RDF.type, PROV.Entity)
                    .addProperty(DCTerms.identifier, a.fileName());
            if (a.path() != null) file.addProperty(SR.path, a.path());
            String sha = a.sha256() != null ? a.sha256() : sha256(a.path());
            if (sha != null) file.addProperty(SR.sha256, sha);
            Resource agent = m.createResource(SR.ID + "agent/extractor/" + ArticleMapper.encode(version))
                    .addProperty(RDF.type, PROV.SoftwareAgent)
                    .addProperty(RDFS.label, "sitrep extractor " + version);
            Resource activity = m.createResource(SR.ID + "activity/extract/" + name).addProperty(RDF.type, PROV.Activity)
                    .addProperty(PROV.used, file)
                    .addProperty(PROV.wasAssociatedWith, agent)
                    .addLiteral(PROV.endedAtTime, time);
            m.createResource(ArticleMapper.graphIri(a.fileName())).addProperty(RDF.type, PROV.Entity)
                    .addProperty(PROV.wasGeneratedBy, activity)
                    .addLiteral(PROV.generatedAtTime, time)
                    .addProperty(PROV.wasDerivedFrom, file);
        }

        private Resource entity(String id) { return m.createResource(SR.ID + id); }

        private Resource operation(String key) { return m.createResource(SR.ID + "operation/" + key); }

        private Literal date(LocalDate d) { return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate); }

        private Literal integer(int i) { return m.createTypedLiteral(Integer.toString(i), XSDDatatype.XSDinteger); }

        /** Canonical xsd:decimal (always with a point, as TDB2 gives it back): 12 → {@code 12.0}. */
        private Literal decimal(BigDecimal d) {
            String s = plain(d);
            return m.createTypedLiteral(s.contains(".") ? s : s + ".0", XSDDatatype.XSDdecimal);
        }
    }

    /** A decimal without exponent or trailing zeros: 1500.0 → {@code 1500}, 36.34 → {@code 36.34}. */
    static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    /** The first non-blank line of the text (a plain-text article's headline), shortened, or null. */
    static String firstLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .map(l -> l.length() <= MAX_FALLBACK_TITLE ? l : l.substring(0, MAX_FALLBACK_TITLE).strip() + "…")
                .orElse(null);
    }

    /** SHA-256 of the file's bytes when the reader did not record it and the file is still there, else null. */
    private static String sha256(String path) {
        if (path == null || !Files.isRegularFile(Path.of(path))) return null;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(path))));
        } catch (IOException | NoSuchAlgorithmException e) {
            return null;
        }
    }
}
