package io.newsgraph.app;

import io.newsgraph.ingest.Annotator;
import io.newsgraph.ingest.GraphWriter;
import io.newsgraph.ingest.IngestPipeline;
import io.newsgraph.ingest.IngestReport;
import io.newsgraph.ingest.Lexicon;
import io.newsgraph.ingest.ReadResult;
import io.newsgraph.queries.GraphStats;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code kg} command line. Exit codes: 0 ok, 1 some inputs failed, 2 usage, 3 Neo4j unreachable. */
@Command(name = "kg", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "newsgraph 0.1.0",
        description = "Builds a Neo4j knowledge graph of news: who said what, who claimed what, where and when.",
        subcommands = {DemoCommand.class, IngestCommand.class, ServeCommand.class, ExportCommand.class,
                StatsCommand.class, TimelineCommand.class, ViewsCommand.class, ReportCommand.class, BenchCommand.class,
                LexiconCommand.class},
        footer = {"", "With NEO4J_URI (and NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) set, every command uses that "
                + "server; otherwise an embedded Neo4j under --data.",
                "Exit codes: 0 ok, 1 some inputs failed, 2 usage, 3 Neo4j unreachable."})
public final class Kg implements Runnable {

    public static final int OK = 0;
    public static final int INPUT_FAILED = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;

    @Option(names = "--data", defaultValue = "${env:KG_DATA:-data/graph}", scope = CommandLine.ScopeType.INHERIT,
            description = "Directory of the embedded graph (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--listen", defaultValue = "127.0.0.1", scope = CommandLine.ScopeType.INHERIT,
            description = "Address the embedded server listens on (default: ${DEFAULT-VALUE}). Another address "
                    + "lets other machines connect, with the password; it is refused with --no-auth.")
    String listen;

    @Option(names = "--no-auth", scope = CommandLine.ScopeType.INHERIT,
            description = "Start the embedded server without a password (for tests only: any web page open in a "
                    + "browser on this machine can then read and change the graph). Loopback addresses only.")
    boolean noAuth;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Map<String, String> env = System.getenv();
    PrintStream out = System.out;
    PrintStream err = System.err;

    public static void main(String[] args) {
        System.exit(run(System.getenv(), System.out, System.err, args));
    }

    /** Runs the command line with this environment and these streams; returns the exit code. */
    public static int run(Map<String, String> env, PrintStream out, PrintStream err, String... args) {
        Kg kg = new Kg();
        kg.env = env;
        kg.out = out;
        kg.err = err;
        CommandLine cl = new CommandLine(kg);
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        cl.setExecutionExceptionHandler(new ExitCodes(err));
        return cl.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see kg --help)");
    }

    GraphConnection connect(Integer boltPort, Integer httpPort) {
        if (noAuth && !GraphConnection.remoteConfigured(env)) {
            EmbeddedNeo4j.requireLoopback(listen);
            err.println("kg: warning: --no-auth: the embedded Neo4j takes connections without a password; any web "
                    + "page open in a browser on this machine can read and change the graph");
        }
        return GraphConnection.open(env, new GraphConnection.EmbeddedOptions(data, listen,
                boltPort == null ? 0 : boltPort, httpPort, !noAuth));
    }

    IngestReport ingest(GraphConnection conn, List<Path> paths, IngestOptions options) {
        Lexicon lexicon = options.words();
        IngestPipeline pipeline = new IngestPipeline(lexicon.articleReader(options.maxBytes), () -> {
            long t0 = System.nanoTime();
            err.println("Loading the NLP pipeline ...");
            Annotator annotator = lexicon.annotator();
            err.printf("NLP pipeline ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            return annotator;
        },
                lexicon.entityExtractor(), lexicon.entityResolver(),
                new GraphWriter(conn.driver(), conn.sessionConfig()), options.threadCount())
                .withArticleTimeout(options.articleTimeout).withMaxGroup(options.writeGroup);
        IngestReport report;
        try {
            report = pipeline.ingest(paths, new Progress(err, System.console() != null));
        } catch (IngestPipeline.DatabaseUnavailable e) {
            throw new IngestPipeline.DatabaseUnavailable("Neo4j at " + conn.description() + ": " + e.getMessage()
                    + "\nWhen it is back, run the same command again: the articles written are skipped (no NLP) and "
                    + "the rest are written.", e);
        }
        printReport(report, GraphStats.read(conn.driver(), conn.sessionConfig()));
        return report;
    }

    void printReport(IngestReport r, GraphStats stats) {
        out.printf("%nIngest summary%n");
        out.printf("  files read            %6d%n", r.files());
        out.printf("  articles read         %6d%n", r.read());
        out.printf("  articles written      %6d%n", r.written());
        out.printf("  unchanged (skipped)   %6d%n", r.unchanged());
        if (r.replaced() > 0) {
            out.printf("  earlier texts replaced%6d%n", r.replaced());
        }
        if (r.repeated() > 0) {
            out.printf("  repeated in this run  %6d%n", r.repeated());
        }
        if (!r.warnings().isEmpty()) {
            out.printf("  read with a warning   %6d%n", r.warnings().size());
        }
        out.printf("  skipped (no text)     %6d%n", r.skipped().size());
        out.printf("  failed                %6d%n", r.failed().size());
        out.printf("  nodes created         %6d%n", r.writes().nodesCreated());
        out.printf("  relationships created %6d%n", r.writes().relationshipsCreated());
        out.printf("  tokens annotated      %6d%n", r.tokens());
        out.printf("  time taken            %8.1f s%n", r.millis() / 1000.0);
        out.printf("    analysis (summed over the workers) %.1f s, writes %.1f s%n", r.analysisMillis() / 1000.0,
                r.writeMillis() / 1000.0);
        out.printf("%nGraph now%n%s", stats.toTable());
        if (!r.duplicates().isEmpty()) {
            out.printf("%nDuplicates (written once)%n");
            for (ReadResult.Skipped s : r.duplicates()) {
                out.printf("  %s%n", s);
            }
        }
        if (!r.warnings().isEmpty()) {
            out.printf("%nWarnings%n");
            for (ReadResult.Warning w : r.warnings()) {
                out.printf("  %s%n", w);
            }
        }
        if (!r.skipped().isEmpty()) {
            out.printf("%nSkipped inputs%n");
            for (ReadResult.Skipped s : r.skipped()) {
                out.printf("  %s%n", s);
            }
        }
        if (r.hasFailures()) {
            out.printf("%nFailed inputs%n");
            for (ReadResult.Failed f : r.failed()) {
                out.printf("  %s%n", f);
            }
        }
    }

    void serveUntilInterrupted(GraphConnection conn) throws InterruptedException {
        EmbeddedNeo4j server = conn.embedded();
        out.printf("%nNeo4j Browser: %s%n", server.browserUrl());
        if (server.authEnabled()) {
            out.printf("               (signs in by itself, applies the newsgraph style and opens the guide)%n");
            out.printf("Bolt:          %s  (user %s, password in %s)%n", server.boltUri(), EmbeddedNeo4j.USER,
                    PasswordFile.of(data));
        } else {
            out.printf("               (connects without a password, applies the newsgraph style and opens the guide)%n");
            out.printf("Bolt:          %s  (no authentication: --no-auth)%n", server.boltUri());
        }
        out.printf("Guide:         :play %s%n", server.guideUrl());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "kg-stop"));
        stop.await();
    }

}
