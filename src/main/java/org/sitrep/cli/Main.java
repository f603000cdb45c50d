package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep}: the command line of the contract (../shared/spec/CONTRACT.md). */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Builds a knowledge graph of armed conflicts from news articles.",
        subcommands = {DemoCommand.class, IngestCommand.class, ExtractCommand.class, ExportCommand.class,
                QueryCommand.class, ServeCommand.class, ValidateCommand.class, EvalCommand.class,
                LinkCommand.class, GazetteerCommand.class, CompactCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() { throw new CommandLine.ParameterException(spec.commandLine(), "a command is required"); }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // Accented names must survive whatever the platform's default charset is (Java 17 follows the locale).
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sitrep: " + Failures.oneLine(ex));
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
