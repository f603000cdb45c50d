package org.sitrep.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.rdf.ArticleMapper;
import org.sitrep.store.Compaction;
import org.sitrep.store.IngestListener;
import org.sitrep.store.StoreFixtures;
import org.sitrep.store.Stores;

class SitrepServerTest {
    private static final String INSERT = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"written\" } }";

    @TempDir Path tmp;
    Path store;
    DatasetGraph dsg;
    SitrepServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach void ingestSeeds() throws IOException {
        store = tmp.resolve("store");
        StoreFixtures.ingester(ArticleMapper.standard(), Compaction.standard())
                .ingestInto(store, List.of(StoreFixtures.SEEDS), false, IngestListener.NONE);
        dsg = Stores.open(store);
    }

    @AfterEach void stop() {
        if (server != null) server.stop();
        TDBInternal.expel(dsg);
    }

    private String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postUpdate(String authorization) throws Exception {
        return postUpdate("/sitrep/update", authorization);
    }

    private HttpResponse<String> postUpdate(String path, String authorization) throws Exception {
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT));
        if (authorization != null) rb.header("Authorization", authorization);
        return http.send(rb.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Path passwd() throws IOException {
        return Files.writeString(tmp.resolve("passwd"), "tester: s3cret\n");
    }

    @Test void queriesAnswerOverHttpFromTheUnionGraph() throws Exception {
        server = SitrepServer.create(store, 0, null).start();
        String q = URLEncoder.encode(StoreFixtures.PREFIXES + "SELECT ?id { ?a a sr:Article ; dcterms:identifier ?id }",
                StandardCharsets.UTF_8);
        for (String endpoint : List.of("/sitrep/sparql", "/sitrep/query")) {
            HttpResponse<String> r = get(endpoint + "?query=" + q, "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            JsonObject json = JSON.parse(r.body());
            int rows = json.get("results").getAsObject().get("bindings").getAsArray().size();
            assertEquals(StoreFixtures.select(dsg, "SELECT ?a { ?a a sr:Article }").size(), rows);
            assertTrue(rows > 0);
        }
        // GeoSPARQL functions are registered (geof:distance works in the CRS's unit: degrees for WGS84 WKT).
        String distance = URLEncoder.encode("""
                PREFIX geo: <http://www.opengis.net/ont/geosparql#>
                PREFIX geof: <http://www.opengis.net/def/function/geosparql/>
                PREFIX uom: <http://www.opengis.net/def/uom/OGC/1.0/>
                SELECT ?deg {
                  BIND("POINT(43.13 36.34)"^^geo:wktLiteral AS ?a)
                  BIND("POINT(43.34 36.43)"^^geo:wktLiteral AS ?b)
                  BIND(geof:distance(?a, ?b, uom:degree) AS ?deg)
                }""", StandardCharsets.UTF_8);
        HttpResponse<String> geo = get("/sitrep/sparql?query=" + distance, "application/sparql-results+json");
        assertEquals(200, geo.statusCode(), geo.body());
        JsonObject row = JSON.parse(geo.body()).get("results").getAsObject().get("bindings").getAsArray()
                .get(0).getAsObject();
        assertTrue(row.hasKey("deg"), "geof:distance answers: " + row);
        double deg = Double.parseDouble(row.get("deg").getAsObject().get("value").getAsString().value());
        assertEquals(Math.hypot(0.21, 0.09), deg, 1e-6);

        HttpResponse<String> data = get("/sitrep/data?default", "application/n-triples");
        assertEquals(200, data.statusCode());
        assertTrue(data.body().contains("<http://purl.org/dc/terms/identifier>"), "default graph = union: " + data.body());
        String graph = URLEncoder.encode(ArticleMapper.graphIri(StoreFixtures.firstSeedName()), StandardCharsets.UTF_8);
        HttpResponse<String> one = get("/sitrep/data?graph=" + graph, "application/n-triples");
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains(StoreFixtures.firstSeedName()), one.body());
    }

    @Test void theFusekiUiIsServedAtTheRoot() throws Exception {
        server = SitrepServer.create(store, 0, null).start();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url("/"))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("webapp/index.html")) {
            assertArrayEquals(in.readAllBytes(), r.body());
        }
        assertEquals(200, get("/$/server", "application/json").statusCode(), "the UI lists datasets from /$/server");
    }

    @Test void withoutAPasswordFileNobodyCanWrite() throws Exception {
        server = SitrepServer.create(store, 0, null).start();
        String before = StoreFixtures.sortedNQuads(dsg);
        assertRefused(postUpdate(null));
        assertRefused(postUpdate(basic("tester", "s3cret")));
        assertRefused(postUpdate("/sitrep", null));
        assertEquals(before, StoreFixtures.sortedNQuads(dsg));
    }

    @Test void onlyAuthenticatedUsersCanWrite() throws Exception {
        server = SitrepServer.create(store, 0, passwd()).start();
        String before = StoreFixtures.sortedNQuads(dsg);

        assertRefused(postUpdate(null));
        assertRefused(postUpdate(basic("tester", "wrong")));
        assertRefused(postUpdate("/sitrep", null));
        assertRefused(postUpdate("/sitrep/sparql", null));
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(url("/sitrep/gsp?graph=urn:test:g")))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:s> <urn:test:p> \"put\" .\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(put);
        HttpResponse<String> readWrite = http.send(HttpRequest.newBuilder(URI.create(url("/sitrep/data?graph=urn:test:g")))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:s> <urn:test:p> \"put\" .\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(readWrite);
        assertEquals(before, StoreFixtures.sortedNQuads(dsg), "refused writes changed nothing");
        assertFalse(StoreFixtures.ask(dsg, "ASK { GRAPH <urn:test:g> { ?s ?p ?o } }"));

        HttpResponse<String> ok = postUpdate(basic("tester", "s3cret"));
        assertTrue(ok.statusCode() / 100 == 2, ok.statusCode() + " " + ok.body());
        assertTrue(StoreFixtures.ask(dsg, "ASK { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"written\" } }"));
    }

    private static void assertRefused(HttpResponse<String> r) {
        assertFalse(r.statusCode() / 100 == 2, "refused, but got " + r.statusCode() + " " + r.body());
    }
}
