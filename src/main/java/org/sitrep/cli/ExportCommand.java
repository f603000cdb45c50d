package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.sitrep.export.Exporter;
import org.sitrep.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep export}: a deterministic dump of the store (Turtle union, TriG or N-Quads). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a deterministic dump of the store: turtle (union of all named graphs, with prefixes), trig or nquads.")
public final class ExportCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOption storeOption;

    @Option(names = "--format", required = true, paramLabel = "turtle|trig|nquads", description = "Dump format.")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph.")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (stdout when absent; gzip-compressed when it ends with .gz).")
    Path out;

    @Override public Integer call() throws IOException {
        Exporter.Format f;
        try {
            f = Exporter.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        var dsg = Stores.openExisting(storeOption.store);
        if (out == null) {
            Exporter.export(dsg, f, graph, spec.commandLine().getOut());
            return 0;
        }
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try {
            OutputStream os = Files.newOutputStream(partial);
            if (out.getFileName().toString().endsWith(".gz")) os = new GZIPOutputStream(os);
            try (PrintWriter w = new PrintWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8))) {
                Exporter.export(dsg, f, graph, w);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        spec.commandLine().getErr().println("sitrep: wrote " + f.name().toLowerCase(Locale.ROOT) + " to " + out);
        return 0;
    }
}
