package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.sitrep.store.Stores;
import org.sitrep.validate.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code sitrep validate}: SHACL report of the store; exit 1 when it does not conform. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates the store's union graph against ontology/shapes.ttl; exits 1 when it does not conform.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOption storeOption;

    @Override public Integer call() {
        ValidationReport report = Validator.standard().validate(Stores.openExisting(storeOption.store));
        Validator.print(report, spec.commandLine().getOut());
        return report.conforms() ? 0 : 1;
    }
}
