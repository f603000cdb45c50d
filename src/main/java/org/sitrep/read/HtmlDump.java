package org.sitrep.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders the article part of an HTML page as the same kind of text dump the text reader gets:
 * one line per paragraph, heading or list item, blocks separated by blank lines. Scripts, menus,
 * footers, asides, forms and widgets whose class names say so (share, cookie, newsletter…) are
 * left out; an embedded tweet ({@code blockquote.twitter-tweet}) becomes its text followed by its
 * signature line "— Name (@handle) date".
 */
final class HtmlDump {
    private HtmlDump() { }

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
            "tr", "td", "th", "figure", "hr", "address", "details", "summary");
    private static final String DROPPED_TAGS = "script, style, noscript, template, nav, footer, aside, form, "
            + "iframe, svg, button, select, figcaption, video, audio, picture, img";
    private static final Pattern WIDGET_CLASS = Pattern.compile(
            "cookie|consent|gdpr|share|sharing|social|newsletter|subscri|abonn|related|recommend|comment|advert|"
                    + "\\bads?\\b|promo|paywall|breadcrumb|outbrain|taboola|banner|popup|modal");

    /** The dump of the page's article text ("" when there is none). */
    static String of(Document doc, String title) {
        Document copy = doc.clone();
        copy.select(DROPPED_TAGS).remove();
        removeWidgets(copy);
        Element root = root(copy);
        Collector collector = new Collector();
        NodeTraversor.filter(collector, root);
        collector.flush();
        List<String> blocks = collector.blocks;
        if (title != null && !title.isBlank() && (blocks.isEmpty() || !blocks.get(0).contains(title.strip()))) {
            blocks.add(0, title.strip());
        }
        return blocks.isEmpty() || collector.textBlocks == 0 ? "" : String.join("\n\n", blocks);
    }

    private static void removeWidgets(Document doc) {
        List<Element> widgets = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            String tag = e.tagName();
            if (tag.equals("body") || tag.equals("article") || tag.equals("main")) continue;
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (!names.isBlank() && WIDGET_CLASS.matcher(names).find() && !isTweet(e)
                    && e.select("p").stream().mapToInt(p -> p.text().length()).sum() < 1500) {
                widgets.add(e);
            }
        }
        widgets.forEach(Element::remove);
    }

    /** The element holding the article: the largest {@code <article>}, articleBody, {@code <main>}, or the body. */
    private static Element root(Document doc) {
        Element article = doc.select("article").stream()
                .max(Comparator.comparingInt(e -> e.text().length())).orElse(null);
        if (article != null && !article.text().isBlank()) return article;
        for (String selector : List.of("[itemprop=articleBody]", "main", "[role=main]")) {
            Element e = doc.selectFirst(selector);
            if (e != null && !e.text().isBlank()) return e;
        }
        return doc.body();
    }

    private static boolean isTweet(Element e) {
        return e.tagName().equals("blockquote") && e.className().toLowerCase(Locale.ROOT).contains("twitter");
    }

    /** Walks the article element and cuts its text into blocks of lines. */
    private static final class Collector implements NodeFilter {
        final List<String> blocks = new ArrayList<>();
        int textBlocks;
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                buffer.append(t.text());
            } else if (node instanceof Element e) {
                if (isTweet(e)) {
                    flush();
                    tweet(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.tagName().equals("br")) buffer.append('\n');
                else if (BLOCK_TAGS.contains(e.tagName())) flush();
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK_TAGS.contains(e.tagName())) flush();
            return FilterResult.CONTINUE;
        }

        private void tweet(Element quote) {
            Element post = quote.clone();
            List<String> paragraphs = new ArrayList<>();
            for (Element p : post.select("p")) {
                paragraphs.add(p.wholeText().replaceAll("\\s+", " ").strip());
                p.remove();
            }
            String signature = post.text().replaceAll("\\s+", " ").strip();
            if (paragraphs.isEmpty() || signature.isEmpty()) {
                add(quote.text());
                return;
            }
            if (!signature.startsWith("—") && !signature.startsWith("–")) signature = "— " + signature;
            add(String.join("\n", paragraphs));
            add(signature);
        }

        void flush() {
            add(buffer.toString());
            buffer.setLength(0);
        }

        private void add(String text) {
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                String l = line.replaceAll("[\\s\\u00A0]+", " ").strip();
                if (!l.isEmpty()) lines.add(l);
            }
            if (lines.isEmpty()) return;
            blocks.add(String.join("\n", lines));
            textBlocks++;
        }
    }
}
