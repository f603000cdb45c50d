package org.sitrep.link;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;

/**
 * A client for any Wikidata-compatible SPARQL endpoint (default {@value #WIKIDATA}). It sends a
 * descriptive User-Agent, keeps at least {@code minInterval} between requests, retries on 429 and
 * 5xx answers with exponential back-off (honouring {@code Retry-After}), and caches every answer on
 * disk under {@code cacheDir}, one file per SHA-256 of endpoint and query, so a repeated query
 * needs no network.
 */
public final class WikidataClient {
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    public static final String USER_AGENT = "sitrep/0.1 (https://w3id.org/sitrep; analysts' knowledge graph)";
    public static final Path DEFAULT_CACHE = Path.of("data", "cache", "wikidata");

    private final String endpoint;
    private final Path cacheDir;
    private final Duration minInterval;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private long lastRequest;
    private int requests;

    /**
     * @param endpoint     SPARQL endpoint URL
     * @param cacheDir     where answers are cached (created when needed), or null for no cache
     * @param minInterval  least time between two requests
     * @param maxAttempts  attempts per query on 429/5xx/network errors
     * @param firstBackoff first wait before a retry when the server gives no Retry-After (doubles each time)
     */
    public WikidataClient(String endpoint, Path cacheDir, Duration minInterval, int maxAttempts, Duration firstBackoff) {
        this.endpoint = endpoint;
        this.cacheDir = cacheDir;
        this.minInterval = minInterval;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.firstBackoff = firstBackoff;
    }

    /** A client with the defaults: 1 s between requests, 5 attempts, cache in {@code data/cache/wikidata}. */
    public static WikidataClient of(String endpoint) {
        return new WikidataClient(endpoint == null ? WIKIDATA : endpoint, DEFAULT_CACHE, Duration.ofSeconds(1), 5, Duration.ofSeconds(2));
    }

    public String endpoint() { return endpoint; }

    /** Number of HTTP requests sent so far (cache hits send none). */
    public int requests() { return requests; }

    /** Runs a SELECT query; each row maps variable name to its RDF term (unbound variables absent). */
    public List<Map<String, RDFNode>> select(String query) {
        String json = answer(query);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Map<String, RDFNode>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, RDFNode> row = new LinkedHashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, s.get(v)));
            rows.add(row);
        }
        return rows;
    }

    /** The JSON answer to a query, from the cache or the endpoint. */
    public String answer(String query) {
        Path cached = cacheDir == null ? null : cacheDir.resolve(hash(endpoint + "\n" + query) + ".json");
        try {
            if (cached != null && Files.isRegularFile(cached)) return Files.readString(cached, StandardCharsets.UTF_8);
            String json = fetch(query);
            if (cached != null) {
                Files.createDirectories(cacheDir);
                Path tmp = Files.createTempFile(cacheDir, "q", ".tmp");
                Files.writeString(tmp, json, StandardCharsets.UTF_8);
                Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(endpoint + ": " + e.getMessage(), e);
        }
    }

    private String fetch(String query) throws IOException {
        String form = "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(60))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        Duration backoff = firstBackoff;
        String problem = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            pace();
            Duration wait = backoff;
            try {
                requests++;
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() / 100 == 2) return r.body();
                problem = "HTTP " + r.statusCode();
                if (r.statusCode() != 429 && r.statusCode() / 100 != 5) {
                    throw new IOException(problem + ": " + firstLine(r.body()));
                }
                Duration retryAfter = r.headers().firstValue("Retry-After").map(WikidataClient::retryAfter).orElse(null);
                if (retryAfter != null) wait = retryAfter;
            } catch (java.net.ConnectException | java.net.http.HttpTimeoutException e) {
                problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (attempt < maxAttempts) sleep(wait);
            backoff = backoff.multipliedBy(2);
        }
        throw new IOException("no answer after " + maxAttempts + " attempts (" + problem + ")");
    }

    /** Seconds, or an HTTP date, as a duration from now (never negative); null when unreadable. */
    static Duration retryAfter(String value) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }

    private synchronized void pace() {
        long now = System.nanoTime();
        long due = lastRequest + minInterval.toNanos();
        if (lastRequest != 0 && now < due) sleep(Duration.ofNanos(due - now));
        lastRequest = System.nanoTime();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(Math.max(0, d.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String firstLine(String s) {
        String t = s == null ? "" : s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
