package org.sitrep.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.geosparql.configuration.GeoSPARQLConfig;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.sitrep.store.Stores;

/**
 * The embedded Fuseki server of {@code sitrep serve}: the dataset and endpoints of {@code fuseki-config/sitrep.ttl}
 * (read from the working directory when present, else from the classpath), the store location replaced by the one
 * asked for, the Fuseki UI at {@code /}. Endpoints restricted with {@code fuseki:allowedUsers} (update, graph-store
 * write) use HTTP basic authentication against a Jetty realm password file; without one they are not offered, so
 * anonymous writes are always refused.
 */
public final class SitrepServer {
    /** The dataset's path on the server. */
    public static final String DATASET = "/sitrep";
    /** Default HTTP port. */
    public static final int DEFAULT_PORT = 3030;
    /** The configuration file, relative to the working directory or the classpath. */
    public static final String CONFIG = "fuseki-config/sitrep.ttl";
    /** The password file used when none is given and it exists. */
    public static final Path DEFAULT_PASSWD = Path.of("fuseki-config", "passwd");

    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String UI_INDEX = "webapp/index.html";

    private final FusekiServer server;
    private final boolean writable;

    private SitrepServer(FusekiServer server, boolean writable) {
        this.server = server;
        this.writable = writable;
    }

    /**
     * Builds (does not start) a server.
     *
     * @param store  the TDB2 store directory
     * @param port   HTTP port; 0 picks a free one
     * @param passwd Jetty realm password file ({@code user: password} lines), or null for a read-only server
     */
    public static SitrepServer create(Path store, int port, Path passwd) {
        if (passwd != null && !Files.isReadable(passwd)) {
            throw new IllegalArgumentException(passwd + ": password file not found or not readable");
        }
        Stores.open(store); // fails early, with a clear message, when another process holds the store
        setupGeoSparql();
        Model config = config(store, passwd != null);
        FusekiServer.Builder b = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(port)
                .parseConfig(config)
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus())
                .addFilter(DATASET + "/data", new UnionDefaultGraphFilter());
        String ui = uiBase();
        if (ui != null) b.staticFileBase(ui);
        if (passwd != null) b.passwordFile(passwd.toString()).realm("sitrep").auth(AuthScheme.BASIC);
        return new SitrepServer(b.build(), passwd != null);
    }

    /** The password file {@code sitrep serve} uses when none is given: {@link #DEFAULT_PASSWD} if it exists. */
    public static Path defaultPasswd() {
        return Files.isRegularFile(DEFAULT_PASSWD) ? DEFAULT_PASSWD : null;
    }

    private static boolean geoSparqlReady;

    /** Registers the GeoSPARQL functions (geof:distance …) once per JVM. */
    private static synchronized void setupGeoSparql() {
        if (!geoSparqlReady) {
            GeoSPARQLConfig.setupNoIndex();
            geoSparqlReady = true;
        }
    }

    /** The parsed configuration, with the store location replaced and, when read-only, the write endpoints removed. */
    static Model config(Path store, boolean writable) {
        Model m = ModelFactory.createDefaultModel();
        Path file = Path.of(CONFIG);
        try (InputStream in = Files.isRegularFile(file) ? Files.newInputStream(file)
                : SitrepServer.class.getClassLoader().getResourceAsStream(CONFIG)) {
            if (in == null) throw new IllegalStateException(CONFIG + ": not found (neither in the working directory nor in the jar)");
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///" + CONFIG).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(CONFIG + ": cannot read: " + e.getMessage(), e);
        }
        Property location = m.createProperty(TDB2 + "location");
        List<Resource> datasets = m.listSubjectsWithProperty(location).toList();
        if (datasets.isEmpty()) throw new IllegalStateException(CONFIG + ": no tdb2:location to point at the store");
        for (Resource ds : datasets) {
            ds.removeAll(location);
            ds.addProperty(location, Stores.location(store));
        }
        if (!writable) removeRestrictedEndpoints(m);
        return m;
    }

    private static void removeRestrictedEndpoints(Model m) {
        Property endpoint = m.createProperty(FUSEKI + "endpoint");
        Property allowedUsers = m.createProperty(FUSEKI + "allowedUsers");
        for (Statement s : m.listStatements(null, endpoint, (RDFNode) null).toList()) {
            Resource ep = s.getResource();
            if (ep.hasProperty(allowedUsers)) {
                m.remove(s);
                ep.removeProperties();
            }
        }
    }

    /** Where the Fuseki UI's files are (the {@code webapp/} folder of jena-fuseki-ui on the classpath), or null. */
    private static String uiBase() {
        URL index = SitrepServer.class.getClassLoader().getResource(UI_INDEX);
        if (index == null) return null;
        String s = index.toString();
        return s.substring(0, s.length() - "index.html".length());
    }

    /** Starts serving; returns at once. */
    public SitrepServer start() {
        server.start();
        return this;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server. */
    public void stop() {
        server.stop();
    }

    /** The HTTP port (the actual one when created with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** True when update and graph-store write are offered (to authenticated users). */
    public boolean writable() {
        return writable;
    }

    /** Lines describing the endpoints, for the console. */
    public List<String> endpointLines() {
        String base = "http://localhost:" + port();
        String ds = base + DATASET;
        List<String> lines = new java.util.ArrayList<>(List.of(
                "Fuseki UI:        " + base + "/",
                "SPARQL query:     " + ds + "/sparql   (also " + ds + "/query)",
                "Graph store read: " + ds + "/data?default  or  " + ds + "/data?graph=IRI"));
        if (writable) {
            lines.add("SPARQL update:    " + ds + "/update   (credentials required)");
            lines.add("Graph store write:" + " " + ds + "/gsp      (credentials required)");
        } else {
            lines.add("Read-only: no password file (fuseki-config/passwd or --passwd FILE), so no update endpoint.");
        }
        return lines;
    }
}
