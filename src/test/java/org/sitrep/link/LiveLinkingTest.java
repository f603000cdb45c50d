package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Stores;

/** Live mode against a real local Fuseki server holding a Wikidata-shaped fixture. */
class LiveLinkingTest {
    static final String ARTICLE = """
            PREFIX sr: <https://w3id.org/sitrep/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX id: <https://w3id.org/sitrep/id/>
            INSERT DATA { GRAPH <https://w3id.org/sitrep/graph/article/a.txt> {
              <https://w3id.org/sitrep/id/article/a.txt> a sr:Article, sr:Source ;
                  sr:cleanedText "Les forces irakiennes et les Peshmerga avancent vers Qayyarah et Mossoul, en Irak." ;
                  sr:mentions <https://w3id.org/sitrep/id/place/qayyarah>, <https://w3id.org/sitrep/id/force/peshmerga>,
                              <https://w3id.org/sitrep/id/place/mossoul>, <https://w3id.org/sitrep/id/place/zyxwvu> .
              <https://w3id.org/sitrep/id/place/qayyarah> a sr:Place ; rdfs:label "Qayyarah"@fr .
              <https://w3id.org/sitrep/id/place/mossoul> a sr:Place ; rdfs:label "Mossoul"@fr ; skos:altLabel "Moussoul"@fr .
              <https://w3id.org/sitrep/id/force/peshmerga> a sr:Force ; rdfs:label "Peshmerga"@fr .
              <https://w3id.org/sitrep/id/place/zyxwvu> a sr:Place ; rdfs:label "Zyxwvu"@fr .
            } }""";

    static DatasetGraph store(Path dir) {
        DatasetGraph dsg = Stores.open(dir);
        Txn.executeWrite(dsg, () -> org.apache.jena.update.UpdateAction.parseExecute(ARTICLE, dsg));
        return dsg;
    }

    static boolean ask(DatasetGraph dsg, String q) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create("""
                    PREFIX sr: <https://w3id.org/sitrep/ontology#>
                    PREFIX owl: <http://www.w3.org/2002/07/owl#>
                    PREFIX wd: <http://www.wikidata.org/entity/>
                    PREFIX geo: <http://www.opengis.net/ont/geosparql#>
                    PREFIX place: <https://w3id.org/sitrep/id/place/>
                    PREFIX force: <https://w3id.org/sitrep/id/force/>
                    """ + q, DatasetFactory.wrap(dsg))) {
                return qe.execAsk();
            }
        });
    }

    @Test
    void unlinkedEntitiesGetLinkedThroughTheEndpointThenFromTheCache(@TempDir Path tmp) {
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fixture.getDefaultGraph(), "link/wikidata-fixture.ttl");
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/wd", fixture).build().start();
        String url = "http://localhost:" + server.getHttpPort() + "/wd/sparql";
        Path cache = tmp.resolve("cache");
        WikidataClient online = new WikidataClient(url, cache, Duration.ofMillis(50), 2, Duration.ofMillis(10));
        DatasetGraph first = store(tmp.resolve("store1"));
        StoreLinker.Result r;
        try {
            r = StoreLinker.run(first, Linker.standard().then(new WikidataLinker(online)), false);
        } finally {
            server.stop();
        }
        assertTrue(online.requests() > 0);
        String links = "GRAPH <https://w3id.org/sitrep/graph/links> ";
        assertTrue(ask(first, "ASK { " + links + "{ place:qayyarah owl:sameAs wd:Q99990001 ; sr:linkConfidence ?c ;"
                + " sr:country wd:Q796 ; geo:hasGeometry/geo:asWKT ?w } }"), r.lines().toString());
        assertTrue(ask(first, "ASK { " + links + "{ force:peshmerga owl:sameAs wd:Q99990002 } }"));
        assertTrue(ask(first, "ASK { " + links + "{ place:mossoul owl:sameAs wd:Q83317 ; geo:hasGeometry ?g } }"));
        assertFalse(ask(first, "ASK { GRAPH ?g { place:zyxwvu owl:sameAs ?x } }"));
        assertEquals(3, r.linked());
        assertEquals(1, r.unlinked());

        DatasetGraph second = store(tmp.resolve("store2"));
        WikidataClient offline = new WikidataClient(url, cache, Duration.ofMillis(50), 1, Duration.ofMillis(10));
        StoreLinker.Result again = StoreLinker.run(second, Linker.standard().then(new WikidataLinker(offline)), false);
        assertEquals(0, offline.requests(), "the cache answers with the server stopped");
        assertEquals(r.lines(), again.lines());
        assertTrue(ask(second, "ASK { " + links + "{ place:qayyarah owl:sameAs wd:Q99990001 } }"));

        assertEquals(0, StoreLinker.run(first, Linker.standard(), false).linked(), "a second run finds nothing new to link");
    }

    @Test
    void gazetteerBuildFromTheEndpoint(@TempDir Path tmp) {
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fixture.getDefaultGraph(), "link/wikidata-fixture.ttl");
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/wd", fixture).build().start();
        Path out = tmp.resolve("gazetteer.ttl");
        try {
            int code = org.sitrep.cli.Main.commandLine().execute("gazetteer", "build", "--endpoint",
                    "http://localhost:" + server.getHttpPort() + "/wd/sparql", "--country", "Q796",
                    "--out", out.toString(), "--cache", tmp.resolve("cache").toString());
            assertEquals(0, code);
        } finally {
            server.stop();
        }
        org.apache.jena.rdf.model.Model m = RDFDataMgr.loadModel(out.toString());
        org.sitrep.gazetteer.IndexedGazetteer g = org.sitrep.gazetteer.Gazetteer.of(m);
        org.sitrep.gazetteer.GazetteerEntry tk = g.lookup("Telkaif").get(0);
        assertEquals("Q99990006", tk.qid());
        assertEquals("town", tk.subtype());
        assertEquals("Q796", tk.countryQid());
        assertEquals(25000L, tk.population());
        assertEquals(36.49, tk.lat(), 1e-6);
        assertEquals("Q99990001", g.lookup("Kayyarah").get(0).qid());
        assertEquals("qayyarah", g.byQid("Q99990001").get(0).key(), "the curated entry without Q-id takes the endpoint's id");
        assertTrue(g.byQid("Q99990003").isEmpty(), "only the countries asked for");
        assertEquals("Q83317", g.lookup("Mossoul").get(0).qid(), "curated press spellings kept");
    }

    @Test
    void retriesAfter503AndPacesRequests(@TempDir Path tmp) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> agents = new java.util.concurrent.CopyOnWriteArrayList<>();
        http.createContext("/sparql", ex -> {
            agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            ex.getRequestBody().readAllBytes();
            byte[] body;
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().add("Retry-After", "0");
                body = "busy".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(503, body.length);
            } else {
                body = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\",\"value\":\"ok\"}}]}}"
                        .getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
                ex.sendResponseHeaders(200, body.length);
            }
            try (OutputStream o = ex.getResponseBody()) { o.write(body); }
        });
        http.start();
        try {
            String url = "http://127.0.0.1:" + http.getAddress().getPort() + "/sparql";
            WikidataClient c = new WikidataClient(url, null, Duration.ofMillis(300), 3, Duration.ofMillis(10));
            long t0 = System.nanoTime();
            assertEquals("ok", c.select("SELECT ?x {}").get(0).get("x").asLiteral().getString());
            assertEquals(2, calls.get());
            assertTrue(System.nanoTime() - t0 >= 290_000_000L, "at least the minimum interval between the two requests");
            assertEquals(WikidataClient.USER_AGENT, agents.get(0));
            WikidataClient once = new WikidataClient(url.replace("/sparql", "/missing"), null, Duration.ZERO, 2, Duration.ofMillis(1));
            assertThrows(RuntimeException.class, () -> once.select("SELECT ?x {}"));
        } finally {
            http.stop(0);
        }
        assertEquals(Duration.ofSeconds(7), WikidataClient.retryAfter("7"));
    }
}
