package io.newsgraph.app;

import static io.newsgraph.app.Kg.OK;

import io.newsgraph.queries.GraphStats;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "stats", description = "Count nodes per label and relationships per type.")
final class StatsCommand implements Callable<Integer> {
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
