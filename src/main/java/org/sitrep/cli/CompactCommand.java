package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sitrep.store.Compaction;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep compact [--store DIR]}: reclaims the space TDB2 keeps for replaced data. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compacts the store, deleting the superseded data that replacing graphs leaves behind."
                + " (Ingest also compacts on its own when the store has grown well past its compacted size.)")
public final class CompactCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;

    @Override public Integer call() {
        DatasetGraph dsg = Stores.openExisting(storeOption.store);
        long before = Compaction.size(storeOption.store);
        Compaction.compact(dsg, storeOption.store);
        long after = Compaction.size(storeOption.store);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("compacted %s: %s → %s%n", storeOption.store, human(before), human(after));
        out.flush();
        return 0;
    }

    private static String human(long bytes) {
        return bytes < 1 << 20 ? (bytes + 1023) / 1024 + " KB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
