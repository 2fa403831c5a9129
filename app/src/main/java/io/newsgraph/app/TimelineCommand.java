package io.newsgraph.app;

import static io.newsgraph.app.Kg.OK;

import io.newsgraph.queries.Timeline;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timeline", description = "Events by date with places, participants and the figures claimed for "
        + "each.")
final class TimelineCommand implements Callable<Integer> {
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
