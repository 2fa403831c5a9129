package io.newsgraph.app;

import static io.newsgraph.app.Kg.OK;
import static io.newsgraph.app.Kg.USAGE;

import io.newsgraph.queries.GraphStats;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "serve", description = "Start the embedded Neo4j with Neo4j Browser and keep it up until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
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
