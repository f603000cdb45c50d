package org.sitrep.read;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a news page says about itself: Open Graph and article meta tags, JSON-LD
 * ({@code NewsArticle}: headline, datePublished, publisher.name), {@code <title>}, {@code <h1>},
 * {@code <time datetime>} and the {@code lang} attribute.
 */
final class HtmlMetadata {
    private HtmlMetadata() { }

    /** An author value that names an outlet rather than a person: "AFP", "Le Monde", "France 24", "La rédaction". */
    private static final Pattern OUTLET_AUTHOR = Pattern.compile(
            "^(?:\\p{Lu}{2,6}|(?:Le|La|Les|L')\\s?.+|.*\\d.*|.*\\b(?:rédaction|News|Info|Presse|Press|Médias?|TV|Radio|Agence)\\b.*)$",
            Pattern.UNICODE_CASE);
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:]\\s+");

    static ArticleAssembler.Metadata of(Document doc) {
        JsonLd ld = JsonLd.of(doc);
        String site = first(meta(doc, "property", "og:site_name"), ld.publisher, outletAuthor(doc));
        String title = first(meta(doc, "property", "og:title"), meta(doc, "name", "twitter:title"), ld.headline,
                doc.title(), text(doc.selectFirst("h1")));
        return new ArticleAssembler.Metadata(withoutSiteSuffix(title, site), site, issued(doc, ld), language(doc));
    }

    private static LocalDate issued(Document doc, JsonLd ld) {
        String[] candidates = {
            meta(doc, "property", "article:published_time"), meta(doc, "name", "article:published_time"),
            meta(doc, "itemprop", "datePublished"), ld.datePublished, meta(doc, "name", "pubdate"),
            meta(doc, "name", "publishdate"), meta(doc, "name", "date"), meta(doc, "name", "dc.date"),
            meta(doc, "name", "DC.date.issued"), meta(doc, "name", "parsely-pub-date"),
            attr(doc.selectFirst("time[pubdate][datetime], time[itemprop=datePublished][datetime]"), "datetime"),
            attr(doc.selectFirst("time[datetime]"), "datetime")};
        for (String c : candidates) {
            LocalDate d = Dates.find(c);
            if (d != null) return d;
        }
        return null;
    }

    private static String language(Document doc) {
        String lang = first(doc.select("html").attr("lang"), meta(doc, "http-equiv", "content-language"),
                meta(doc, "property", "og:locale"));
        if (lang == null) return null;
        String primary = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    private static String outletAuthor(Document doc) {
        String author = meta(doc, "name", "author");
        return author != null && OUTLET_AUTHOR.matcher(author.strip()).matches() ? author.strip() : null;
    }

    /** "Mossoul : percée … - Le Monde" → "Mossoul : percée …" when the suffix is the site's name. */
    private static String withoutSiteSuffix(String title, String site) {
        if (title == null || site == null) return title;
        var m = TITLE_SEPARATOR.matcher(title);
        int cut = -1;
        while (m.find()) {
            if (title.substring(m.end()).strip().equalsIgnoreCase(site.strip())) cut = m.start();
        }
        return cut > 0 ? title.substring(0, cut).strip() : title;
    }

    private static String meta(Document doc, String key, String value) {
        for (Element e : doc.select("meta[" + key + "]")) {
            if (e.attr(key).equalsIgnoreCase(value) && !e.attr("content").isBlank()) return e.attr("content").strip();
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    /** The first headline, datePublished and publisher name found in the page's JSON-LD blocks. */
    private static final class JsonLd {
        String headline;
        String datePublished;
        String publisher;

        static JsonLd of(Document doc) {
            JsonLd ld = new JsonLd();
            for (Element script : doc.select("script[type=application/ld+json]")) {
                try {
                    ld.visit(JSON.parseAny(script.data()));
                } catch (RuntimeException e) {
                    // a malformed block says nothing; the other sources of metadata remain
                }
            }
            return ld;
        }

        private void visit(JsonValue v) {
            if (v == null) return;
            if (v.isArray()) {
                for (JsonValue item : v.getAsArray()) visit(item);
                return;
            }
            if (!v.isObject()) return;
            JsonObject o = v.getAsObject();
            if (headline == null) headline = string(o.get("headline"));
            if (datePublished == null) datePublished = string(o.get("datePublished"));
            if (publisher == null) publisher = name(o.get("publisher"));
            visit(o.get("@graph"));
        }

        private static String name(JsonValue v) {
            if (v == null) return null;
            if (v.isString()) return v.getAsString().value();
            if (v.isArray()) {
                JsonArray a = v.getAsArray();
                return a.isEmpty() ? null : name(a.get(0));
            }
            return v.isObject() ? string(v.getAsObject().get("name")) : null;
        }

        private static String string(JsonValue v) {
            return v != null && v.isString() && !v.getAsString().value().isBlank() ? v.getAsString().value().strip() : null;
        }
    }
}
