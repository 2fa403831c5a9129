package io.newsgraph.app;

import io.newsgraph.ingest.Annotator;
import io.newsgraph.ingest.ArticleReader;
import io.newsgraph.ingest.GraphWriter;
import io.newsgraph.ingest.IngestPipeline;
import io.newsgraph.ingest.IngestReport;
import io.newsgraph.ingest.Lexicon;
import io.newsgraph.ingest.ReadResult;
import io.newsgraph.queries.BrowserAssets;
import io.newsgraph.queries.GraphExporter;
import io.newsgraph.queries.GraphStats;
import io.newsgraph.queries.Reports;
import io.newsgraph.queries.RowFormat;
import io.newsgraph.queries.Timeline;
import io.newsgraph.queries.Views;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code kg} command line. Exit codes: 0 ok, 1 some inputs failed, 2 usage, 3 Neo4j unreachable. */
@Command(name = "kg", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "newsgraph 0.1.0",
        description = "Builds a Neo4j knowledge graph of news: who said what, who claimed what, where and when.",
        subcommands = {Kg.Demo.class, Kg.Ingest.class, Kg.Serve.class, Kg.Export.class, Kg.Stats.class,
                Kg.TimelineCommand.class, Kg.ViewsCommand.class, Kg.ReportCommand.class, Kg.Bench.class,
                Kg.LexiconCommand.class},
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

    private Map<String, String> env = System.getenv();
    private PrintStream out = System.out;
    private PrintStream err = System.err;

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
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof GraphConnection.Unreachable || e instanceof IngestPipeline.DatabaseUnavailable) {
                err.println("kg: " + e.getMessage());
                return UNREACHABLE;
            }
            if (e instanceof IllegalArgumentException || e instanceof org.neo4j.driver.exceptions.ClientException) {
                err.println("kg: " + e.getMessage());
                return USAGE;
            }
            throw e;
        });
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

    /** Options shared by the commands that ingest. */
    static final class IngestOptions {
        @Option(names = "--gazetteer", description = "A YAML gazetteer that extends the built-in one "
                + "(or replaces it with 'replaceDefaults: true').")
        Path gazetteer;

        @Option(names = "--lexicon", paramLabel = "DIR", description = "A directory of word lists in place of the "
                + "built-in ones: gazetteer.yaml (extends the built-in), cues.yaml, statements.yaml, events.yaml, "
                + "reader-rules.yaml (each replaces the built-in file of its name). 'kg lexicon --out DIR' writes "
                + "the built-in files to start from.")
        Path lexicon;

        @Option(names = "--threads", defaultValue = "${env:KG_THREADS:-0}",
                description = "NLP worker threads (default: one per core).")
        int threads;

        @Option(names = "--max-bytes", defaultValue = "1M", converter = ByteSize.class, paramLabel = "SIZE",
                description = "Largest article: a text or HTML file, or one CSV or JSON Lines row's text; larger "
                        + "ones are reported and passed over. Bytes, or with K, M or G (default: ${DEFAULT-VALUE}).")
        long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;

        @Option(names = "--write-group", defaultValue = "" + IngestPipeline.MAX_GROUP, paramLabel = "N",
                description = "Most articles written in one transaction: those analysed by the time the writer "
                        + "gets to them, at most two per worker, go together (default: ${DEFAULT-VALUE}; 1 writes "
                        + "one article per transaction).")
        int writeGroup = IngestPipeline.MAX_GROUP;

        @Option(names = "--article-timeout", defaultValue = "120s", converter = TimeLimit.class,
                paramLabel = "TIME", description = "Longest analysis of one article; it is then cancelled and "
                        + "reported failed. Seconds, or with ms, s, m (default: ${DEFAULT-VALUE}).")
        Duration articleTimeout = IngestPipeline.DEFAULT_ARTICLE_TIMEOUT;

        int threadCount() {
            return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        }
    }

    /** "1048576", "512K", "10M", "1G" (powers of 1024; a trailing B is allowed). */
    static final class ByteSize implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toUpperCase(java.util.Locale.ROOT);
            if (v.endsWith("B")) {
                v = v.substring(0, v.length() - 1);
            }
            long unit = 1;
            if (!v.isEmpty() && "KMG".indexOf(v.charAt(v.length() - 1)) >= 0) {
                unit = 1L << (10 * ("KMG".indexOf(v.charAt(v.length() - 1)) + 1));
                v = v.substring(0, v.length() - 1);
            }
            try {
                long n = Long.parseLong(v.strip());
                if (n < 1) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is not a positive size");
                }
                return Math.multiplyExact(n, unit);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a size (e.g. 1048576, 512K, "
                        + "10M)");
            }
        }
    }

    /** "120" (seconds), "1.5s", "500ms", "2m". */
    static final class TimeLimit implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            double unitMillis = 1000;
            if (v.endsWith("ms")) {
                unitMillis = 1;
                v = v.substring(0, v.length() - 2);
            } else if (v.endsWith("s")) {
                v = v.substring(0, v.length() - 1);
            } else if (v.endsWith("m")) {
                unitMillis = 60_000;
                v = v.substring(0, v.length() - 1);
            }
            try {
                double n = Double.parseDouble(v.strip());
                long millis = Math.round(n * unitMillis);
                if (!(n > 0) || millis < 1 || Double.isInfinite(n)) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is not a positive time");
                }
                return Duration.ofMillis(millis);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a time (e.g. 120, 90s, 500ms, "
                        + "2m)");
            }
        }
    }

    IngestReport ingest(GraphConnection conn, List<Path> paths, IngestOptions options) {
        Lexicon lexicon = Lexicon.load(options.lexicon, options.gazetteer);
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

    @Command(name = "ingest", description = "Read articles (.txt, .csv and .jsonl files, or directories of them) "
            + "into the graph.")
    static final class Ingest implements Callable<Integer> {
        @CommandLine.ParentCommand
        Kg kg;

        @CommandLine.Mixin
        IngestOptionsMixin options;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (read recursively).")
        List<Path> paths;

        @Override
        public Integer call() {
            try (GraphConnection conn = kg.connect(null, null)) {
                kg.err.println("Graph: " + conn.description());
                IngestReport report = kg.ingest(conn, paths, options.options);
                return report.hasFailures() ? INPUT_FAILED : OK;
            }
        }
    }

    /** Wraps {@link IngestOptions} for picocli's mixin mechanism. */
    static final class IngestOptionsMixin {
        @CommandLine.ArgGroup(exclusive = false, heading = "")
        IngestOptions options = new IngestOptions();
    }

    @Command(name = "demo", description = "Ingest the sample articles into the embedded graph and keep Neo4j Browser "
            + "up at http://localhost:7474 until Ctrl-C.")
    static final class Demo implements Callable<Integer> {
        @CommandLine.ParentCommand
        Kg kg;

        @CommandLine.Mixin
        IngestOptionsMixin options;

        @CommandLine.Mixin
        Ports ports;

        @Option(names = "--no-serve", description = "End after the summary instead of serving the Browser.")
        boolean noServe;

        @Option(names = "--samples", defaultValue = "${env:KG_HOME:-.}/samples/articles",
                description = "The articles to ingest (default: ${DEFAULT-VALUE}).")
        Path samples;

        @Override
        public Integer call() throws InterruptedException {
            boolean remote = GraphConnection.remoteConfigured(kg.env);
            try (GraphConnection conn = noServe || remote ? kg.connect(null, null)
                    : kg.connect(ports.boltPort, ports.httpPort)) {
                kg.err.println("Graph: " + conn.description());
                IngestReport report = kg.ingest(conn, List.of(samples), options.options);
                if (!noServe && conn.embedded() != null) {
                    kg.serveUntilInterrupted(conn);
                } else if (!noServe) {
                    kg.out.println("\nNEO4J_URI is set: explore the graph in that server's Browser.");
                }
                return report.hasFailures() ? INPUT_FAILED : OK;
            }
        }
    }

    /** The embedded server's ports when it serves the Browser. */
    static final class Ports {
        @Option(names = "--bolt-port", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE}).")
        int boltPort;

        @Option(names = "--http-port", defaultValue = "7474",
                description = "HTTP port of Neo4j Browser (default: ${DEFAULT-VALUE}).")
        int httpPort;
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

    @Command(name = "serve", description = "Start the embedded Neo4j with Neo4j Browser and keep it up until Ctrl-C.")
    static final class Serve implements Callable<Integer> {
        @CommandLine.ParentCommand
        Kg kg;

        @CommandLine.Mixin
        Ports ports;

        @Override
        public Integer call() throws InterruptedException {
            if (GraphConnection.remoteConfigured(kg.env)) {
                kg.err.println("kg: NEO4J_URI is set, so there is no embedded server to serve; open that server's "
                        + "Browser instead (or unset NEO4J_URI).");
                return USAGE;
            }
            try (GraphConnection conn = kg.connect(ports.boltPort, ports.httpPort)) {
                kg.err.println("Graph: " + conn.description());
                kg.out.print(GraphStats.read(conn.driver(), conn.sessionConfig()).toTable());
                kg.serveUntilInterrupted(conn);
                return OK;
            }
        }
    }

    @Command(name = "export", description = "Write the whole graph as JSON lines in APOC's apoc.export.json format.")
    static final class Export implements Callable<Integer> {
        @CommandLine.ParentCommand
        Kg kg;

        @Parameters(paramLabel = "FILE", description = "The file to write ('-' for standard output).")
        String file;

        @Override
        public Integer call() throws IOException {
            try (GraphConnection conn = kg.connect(null, null)) {
                GraphExporter exporter = new GraphExporter(conn.driver(), conn.sessionConfig());
                if (file.equals("-")) {
                    OutputStream o = new BufferedOutputStream(kg.out);
                    exporter.export(o);
                    o.flush();
                    return OK;
                }
                Path target = Path.of(file).toAbsolutePath();
                Path tmp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
                GraphExporter.Counts counts;
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    counts = exporter.export(o);
                } catch (RuntimeException | IOException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                kg.err.printf("Exported %d nodes and %d relationships to %s%n", counts.nodes(),
                        counts.relationships(), file);
                return OK;
            }
        }
    }

    @Command(name = "lexicon", description = "Write the built-in word lists (gazetteer, name cues, statement, "
            + "claim and event words, reader rules) into a directory, to edit and pass to 'kg ingest --lexicon DIR'.")
    static final class LexiconCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Kg kg;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory to write.")
        Path out;

        @Override
        public Integer call() {
            for (Path f : Lexicon.writeDefaults(out)) {
                kg.out.println("wrote " + f);
            }
            kg.out.println("Edit them, delete those you keep as built in, and pass the directory with --lexicon.");
            return OK;
        }
    }

    @Command(name = "stats", description = "Count nodes per label and relationships per type.")
    static final class Stats implements Callable<Integer> {
        @CommandLine.ParentCommand
        Kg kg;

        @Override
        public Integer call() {
            try (GraphConnection conn = kg.connect(null, null)) {
                kg.out.print(GraphStats.read(conn.driver(), conn.sessionConfig()).toTable());
                return OK;
            }
        }
    }

    @Command(name = "timeline", description = "Events by date with places, participants and the figures claimed for "
            + "each.")
    static final class TimelineCommand implements Callable<Integer> {
        @CommandLine.ParentCommand
        Kg kg;

        @Option(names = "--from", description = "Earliest date, ISO (inclusive).")
        String from;

        @Option(names = "--to", description = "Latest date, ISO (inclusive).")
        String to;

        @Option(names = "--type", description = "Only events of this type (attack, hijacking, debate, ...).")
        String type;

        @Override
        public Integer call() {
            try (GraphConnection conn = kg.connect(null, null)) {
                kg.out.print(Timeline.toText(Timeline.read(conn.driver(), conn.sessionConfig(), from, to, type)));
                return OK;
            }
        }
    }

    /** A command that only groups subcommands: run alone, it is a usage error. */
    abstract static class CommandGroup implements Runnable {
        @CommandLine.ParentCommand
        Kg kg;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        private final String usage;

        CommandGroup(String usage) {
            this.usage = usage;
        }

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), usage);
        }
    }

    @Command(name = "views", description = "The saved Cypher views: list them, or run one.",
            subcommands = {ViewsCommand.ListViews.class, ViewsCommand.RunView.class, ViewsCommand.Favorites.class})
    static final class ViewsCommand extends CommandGroup {
        ViewsCommand() {
            super("say 'list', 'run NAME' or 'favorites'");
        }

        @Command(name = "favorites", description = "Write the saved views as a zip that Neo4j Browser imports as "
                + "favourites when the file is dropped on it (one folder, one favourite per view).")
        static final class Favorites implements Callable<Integer> {
            @CommandLine.ParentCommand
            ViewsCommand views;

            @Option(names = "--out", defaultValue = BrowserAssets.FAVORITES_FILE,
                    description = "The zip to write (default: ${DEFAULT-VALUE}).")
            Path out;

            @Override
            public Integer call() throws IOException {
                Files.write(out, BrowserAssets.favoritesZip());
                views.kg.out.printf("Wrote %d views to %s: drag the file onto the Neo4j Browser window to import "
                        + "them as favourites.%n", Views.list().size(), out);
                return OK;
            }
        }

        @Command(name = "list", description = "Every saved view with its parameters.")
        static final class ListViews implements Callable<Integer> {
            @CommandLine.ParentCommand
            ViewsCommand views;

            @Override
            public Integer call() {
                for (Views.View v : Views.list()) {
                    views.kg.out.printf("%-22s %s%n", v.name(), v.title());
                    views.kg.out.printf("%-22s %s%n", "", v.description());
                    for (Views.Param p : v.params()) {
                        views.kg.out.printf("%-22s   --param %s=%s  (%s)%n", "", p.name(),
                                p.example() == null ? "..." : p.example(), p.description());
                    }
                }
                return OK;
            }
        }

        @Command(name = "run", description = "Run a saved view: kg views run NAME --param name=value ... "
                + "--format table|md|csv|json")
        static final class RunView implements Callable<Integer> {
            @CommandLine.ParentCommand
            ViewsCommand views;

            @Parameters(paramLabel = "NAME", description = "The view (see kg views list).")
            String name;

            @Option(names = "--param", description = "A parameter as name=value (repeat for more).")
            Map<String, String> params = new java.util.LinkedHashMap<>();

            @Option(names = "--format", defaultValue = "table", description = "table, md, csv or json "
                    + "(default: ${DEFAULT-VALUE}).")
            String format;

            @Override
            public Integer call() {
                RowFormat rowFormat = RowFormat.of(format);
                Views.get(name);
                Map<String, Object> values = new java.util.LinkedHashMap<>();
                params.forEach((k, v) -> values.put(k, v.matches("-?\\d{1,9}") ? (Object) Long.valueOf(v) : v));
                try (GraphConnection conn = views.kg.connect(null, null)) {
                    views.kg.out.print(rowFormat.render(Views.run(conn.driver(), conn.sessionConfig(), name,
                            values)));
                    return OK;
                }
            }
        }
    }

    @Command(name = "report", description = "Relationship summaries: 'report entity NAME' or 'report contested'.",
            subcommands = {ReportCommand.EntityReport.class, ReportCommand.ContestedReport.class})
    static final class ReportCommand extends CommandGroup {
        ReportCommand() {
            super("say 'entity NAME' or 'contested'");
        }

        @Command(name = "entity", description = "Who an entity is, its affiliations, statements, claims, events and "
                + "most co-mentioned entities, with a Mermaid diagram.")
        static final class EntityReport implements Callable<Integer> {
            @CommandLine.ParentCommand
            ReportCommand report;

            @Parameters(paramLabel = "NAME", description = "Any name, alias or acronym.")
            String name;

            @Option(names = "--format", defaultValue = "md", description = "md or json (default: ${DEFAULT-VALUE}).")
            String format;

            @Override
            public Integer call() {
                if (!format.equals("md") && !format.equals("json")) {
                    throw new IllegalArgumentException("unknown format '" + format + "' (md, json)");
                }
                try (GraphConnection conn = report.kg.connect(null, null)) {
                    Reports r = new Reports(conn.driver(), conn.sessionConfig());
                    report.kg.out.print(format.equals("md") ? r.entityMarkdown(name) : r.entityJson(name));
                    return OK;
                }
            }
        }

        @Command(name = "contested", description = "Every disputed casualty figure with its source and article.")
        static final class ContestedReport implements Callable<Integer> {
            @CommandLine.ParentCommand
            ReportCommand report;

            @Option(names = "--format", defaultValue = "md", description = "md or csv (default: ${DEFAULT-VALUE}).")
            String format;

            @Override
            public Integer call() {
                if (!format.equals("md") && !format.equals("csv")) {
                    throw new IllegalArgumentException("unknown format '" + format + "' (md, csv)");
                }
                try (GraphConnection conn = report.kg.connect(null, null)) {
                    Reports r = new Reports(conn.driver(), conn.sessionConfig());
                    report.kg.out.print(format.equals("md") ? r.contestedMarkdown()
                            : RowFormat.CSV.render(r.contested()));
                    return OK;
                }
            }
        }
    }

    @Command(name = "bench", description = "Measure the ingest beside CoreNLP's own pipelines, threads, re-ingest, "
            + "writes against a bare UNWIND CREATE, the saved views on a synthetic graph, and memory; print the "
            + "table and write it to --out. Uses temporary stores (and --views-store if given), never --data.")
    static final class Bench implements Callable<Integer> {
        @CommandLine.ParentCommand
        Kg kg;

        /** The 30 CC BY Wikinews articles of the hand-read gold: in the repository, so a fresh clone can bench. */
        static final String DEFAULT_CORPUS = "eval/wikinews-gold/articles.csv";

        @Option(names = "--corpus", defaultValue = "${env:KG_HOME:-.}/" + DEFAULT_CORPUS,
                description = "Real articles for the NLP, thread, re-ingest and memory sections: a folder or a "
                        + "file of any input format (default: ${DEFAULT-VALUE}, 30 Wikinews articles, CC BY 2.5; "
                        + "the figures in the README use ../shared/corpus/wikinews).")
        Path corpus;

        @Option(names = "--sample", defaultValue = "100",
                description = "Articles of the corpus in the NLP, thread and re-ingest sections (default: "
                        + "${DEFAULT-VALUE}).")
        int sample;

        @Option(names = "--articles", defaultValue = "100000",
                description = "Synthetic articles in the graph the views run on (default: ${DEFAULT-VALUE}).")
        int articles;

        @Option(names = "--write-articles", defaultValue = "5000",
                description = "Synthetic articles in the write benchmark (default: ${DEFAULT-VALUE}).")
        int writeArticles;

        @Option(names = "--view-runs", defaultValue = "50",
                description = "Runs of each saved view (default: ${DEFAULT-VALUE}).")
        int viewRuns;

        @Option(names = "--batch", defaultValue = "100",
                description = "Articles per transaction when synthetic articles are loaded in bulk (default: "
                        + "${DEFAULT-VALUE}).")
        int batch;

        @Option(names = "--memory-heap", defaultValue = "3g",
                description = "-Xmx of the JVM that ingests the whole corpus (default: ${DEFAULT-VALUE}).")
        String memoryHeap;

        @Option(names = "--skip", split = ",", description = "Sections not to run: nlp, coref (only CoreNLP with "
                + "coref), threads, reingest, writes, views, memory.")
        List<String> skip = new java.util.ArrayList<>();

        @Option(names = "--views-store", paramLabel = "DIR", description = "Keep the synthetic graph of the views "
                + "section in DIR and reuse it when it already holds --articles articles (default: a temporary "
                + "store, deleted afterwards). For trying a view again quickly: a reused store is timed by a JVM "
                + "that has not just built it, so its first views run colder than in a full run.")
        Path viewsStore;

        @Option(names = "--out", defaultValue = "${env:KG_HOME:-.}/bench/RESULTS.md",
                description = "Where the results go (default: ${DEFAULT-VALUE}).")
        Path outFile;

        @Override
        public Integer call() throws IOException {
            for (String s : skip) {
                if (!io.newsgraph.app.bench.Benchmark.SECTIONS.contains(s)) {
                    throw new IllegalArgumentException("no section '" + s + "' to skip; the sections are: "
                            + String.join(", ", io.newsgraph.app.bench.Benchmark.SECTIONS));
                }
            }
            if (sample < 1 || articles < 1 || writeArticles < 1 || viewRuns < 1 || batch < 1) {
                throw new IllegalArgumentException("--sample, --articles, --write-articles, --view-runs and --batch "
                        + "must be positive");
            }
            var machine = io.newsgraph.app.bench.Machine.current();
            kg.err.println("kg bench on " + machine.describe());
            var options = new io.newsgraph.app.bench.Benchmark.Options(corpus.normalize(), sample, articles,
                    writeArticles, viewRuns, batch, java.util.Set.copyOf(skip), memoryHeap,
                    viewsStore == null ? null : viewsStore.toAbsolutePath().normalize());
            var bench = new io.newsgraph.app.bench.Benchmark(options, kg.err);
            var figures = bench.run();
            String command = "kg bench --sample " + sample + " --articles " + articles + " --write-articles "
                    + writeArticles + " --view-runs " + viewRuns + " --batch " + batch
                    + (skip.isEmpty() ? "" : " --skip " + String.join(",", skip))
                    + (viewsStore == null ? "" : " --views-store " + viewsStore);
            String table = io.newsgraph.app.bench.ResultsTable.table(figures);
            kg.out.println();
            kg.out.print(table);
            kg.out.println();
            kg.out.print(io.newsgraph.app.bench.ResultsTable.notes(figures));
            String doc = io.newsgraph.app.bench.ResultsTable.document(machine, command,
                    java.time.LocalDate.now().toString(), figures, io.newsgraph.app.bench.Benchmark.method(
                            bench.findings()));
            Path target = outFile.toAbsolutePath().normalize();
            Files.createDirectories(target.getParent());
            Files.writeString(target, doc);
            kg.err.println("\nWrote " + target);
            return OK;
        }
    }
}
