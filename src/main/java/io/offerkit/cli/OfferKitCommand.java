package io.offerkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one subcommand per job, over the same core as the app. */
@Command(name = "offerkit",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Prepares and checks the marketing collateral of a Microsoft marketplace offer.%n"
                + "Run without arguments to open the app.",
        subcommands = {GenerateCommand.class, InspectCommand.class, CheckCommand.class, RenderCommand.class, ExportCommand.class,
                VerifyCommand.class, IconsCommand.class,
                DemoCommand.class, ProfilesCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:checks failed", "2:bad input or usage"})
public final class OfferKitCommand implements Runnable {
    public static final int OK = 0;
    public static final int CHECKS_FAILED = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: generate, inspect, check, render, export, verify, demo, profiles.");
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new OfferKitCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Only our own typed errors are expected here; anything else is a bug, still reported in one line.
            commandLine.getErr().println("offerkit: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return BAD_INPUT;
        });
        return cli.execute(args);
    }
}
