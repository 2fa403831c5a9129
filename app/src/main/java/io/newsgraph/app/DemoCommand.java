package io.newsgraph.app;

import static io.newsgraph.app.Kg.INPUT_FAILED;
import static io.newsgraph.app.Kg.OK;

import io.newsgraph.ingest.IngestReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", description = "Ingest the sample articles into the embedded graph and keep Neo4j Browser "
        + "up at http://localhost:7474 until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {
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
        options.options.words();
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
