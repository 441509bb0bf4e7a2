package io.offerkit.cli;

import io.offerkit.common.Reasons;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one subcommand per job, over the same core as the app. */
@Command(name = "offerkit",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Prepares and checks the marketing collateral of a Microsoft marketplace offer.%n"
                + "Run without arguments to open the app.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:checks failed", "2:bad input or usage"})
public final class OfferKitCommand implements Runnable {
    public static final int OK = 0;
    public static final int CHECKS_FAILED = 1;
    public static final int BAD_INPUT = 2;

    /**
     * The subcommands by name, in the order the help lists them. They are added to the command line when it is made,
     * and only the one named when a run names one (picocli reads every added command's annotations and fields by
     * reflection: a cold {@code generate} need not pay for the other ten).
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        m.put("generate", GenerateCommand.class);
        m.put("screenshots", ScreenshotsCommand.class);
        m.put("inspect", InspectCommand.class);
        m.put("check", CheckCommand.class);
        m.put("render", RenderCommand.class);
        m.put("export", ExportCommand.class);
        m.put("verify", VerifyCommand.class);
        m.put("icons", IconsCommand.class);
        m.put("demo", DemoCommand.class);
        m.put("profiles", ProfilesCommand.class);
        m.put("handoff", HandoffCommand.class);
        m.put("listing", ListingCommand.class);
        m.put("help", CommandLine.HelpCommand.class); // help names another command: it needs them all
        return m;
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: generate, screenshots, inspect, check, render, export, verify, demo, profiles, handoff, listing.");
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        GenerateCommand plainGenerate = GenerateCommand.plain(args);
        if (plainGenerate != null) {
            try {
                return plainGenerate.run(out, err);
            } catch (RuntimeException e) {
                return unexpected(e, err);
            }
        }
        CommandLine cli = new CommandLine(new OfferKitCommand());
        Class<?> named = args.length == 0 || args[0].equals("help") ? null : SUBCOMMANDS.get(args[0]);
        for (Class<?> command : SUBCOMMANDS.values()) {
            if (named == null || command == named) {
                cli.addSubcommand(command);
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> unexpected(e, commandLine.getErr()));
        return cli.execute(args);
    }

    /** Only our own typed errors are expected in a command; anything else is a bug, still reported in one line. */
    private static int unexpected(Exception e, PrintWriter err) {
        err.println("offerkit: " + Reasons.of(e));
        return BAD_INPUT;
    }
}
