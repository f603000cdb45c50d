package org.sitrep.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.sitrep.export.SortedRdfWriter;
import org.sitrep.rdf.Prefixes;

/**
 * Runs SPARQL against a sitrep store with the union of its named graphs as the default graph
 * ({@code GRAPH ?g} still reaches each article's graph). The contract's prefixes (sr:, wd:, rdfs:,
 * dcterms:, prov:, geo:...) are predeclared, so queries may use them without PREFIX lines.
 */
public final class SparqlRunner {
    /** Output formats of {@code sitrep query}. */
    public enum Format {
        TABLE, CSV, TSV, JSON;

        /** Parses {@code table}, {@code csv}, {@code tsv} or {@code json} (any case). */
        public static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + name + "' (expected table, csv, tsv or json)");
            }
        }
    }

    private SparqlRunner() { }

    /** Parses a query (SPARQL 1.1 with ARQ extensions) with the standard prefixes predeclared. */
    public static Query parse(String text) throws QueryParseException {
        Query q = new Query();
        q.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard()));
        return QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
    }

    /** An execution over the store's union default graph (TDB2). The caller runs it inside a read transaction. */
    public static QueryExecution execution(DatasetGraph dsg, Query query) {
        org.sitrep.link.Geo.init(); // geof: functions for queries such as queries/near-mosul.rq
        return QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).set(TDB2.symUnionDefaultGraph, true).build();
    }

    /**
     * Runs the query and writes its result. SELECT and ASK results use the chosen format (a text
     * table, CSV, TSV or SPARQL JSON); CONSTRUCT and DESCRIBE graphs are written as sorted Turtle
     * (table), sorted N-Triples (csv, tsv) or JSON-LD (json).
     */
    public static void run(DatasetGraph dsg, Query query, Format format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = execution(dsg, query)) {
                if (query.isSelectType()) writeSelect(qe, query, format, out);
                else if (query.isAskType()) writeAsk(qe.execAsk(), format, out);
                else writeGraph(query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), format, out);
            }
        });
    }

    private static void writeSelect(QueryExecution qe, Query query, Format format, OutputStream out) {
        var rs = qe.execSelect();
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
        }
    }

    private static void writeAsk(boolean answer, Format format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
        }
    }

    private static void writeGraph(Model model, Format format, OutputStream out) {
        if (format == Format.JSON) {
            RDFDataMgr.write(out, model, RDFFormat.JSONLD);
            return;
        }
        PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (format == Format.TABLE) {
            new SortedRdfWriter(Prefixes.standardMap()).writeTurtle(model.getGraph().find(), w);
        } else {
            SortedRdfWriter.writeNQuads(model.getGraph().find().mapWith(t -> Quad.create(Quad.defaultGraphIRI, t)), w);
        }
        w.flush();
    }
}
