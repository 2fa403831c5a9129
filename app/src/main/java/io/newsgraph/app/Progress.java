package io.newsgraph.app;

import io.newsgraph.ingest.IngestPipeline;
import io.newsgraph.ingest.ReadResult;
import java.io.PrintStream;

/** Ingest progress: a bar redrawn in place on a terminal, one plain line per article otherwise. */
final class Progress implements IngestPipeline.Listener {

    private static final int WIDTH = 30;

    private final PrintStream err;
    private final boolean terminal;
    private long started;

    Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(int articles) {
        started = System.nanoTime();
        err.printf("Analysing %d new article%s%n", articles, articles == 1 ? "" : "s");
    }

    @Override
    public void article(int done, int total, String origin, String outcome) {
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            double secs = (System.nanoTime() - started) / 1e9;
            err.printf("\r[%s%s] %d/%d  %.0f s ", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, secs);
            if (done == total) {
                err.println();
            }
        } else {
            err.printf("[%d/%d] %s%n", done, total, ReadResult.printable(origin + ": " + outcome));
        }
    }

    @Override
    public void failed(ReadResult.Failed failure) {
        if (terminal) {
            err.print("\r");
        }
        err.println("FAILED " + failure);
    }

    @Override
    public void skipped(ReadResult.Skipped skipped) {
        if (terminal) {
            err.print("\r");
        }
        err.println("skipped " + skipped);
    }

    @Override
    public void warned(ReadResult.Warning warning) {
        if (terminal) {
            err.print("\r");
        }
        err.println("warning " + warning);
    }
}
