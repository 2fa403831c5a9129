package io.newsgraph.ingest;

import java.util.List;

/**
 * What one ingest run did.
 *
 * @param files     files read
 * @param read      articles read from them
 * @param unchanged articles already in the graph with the same text: skipped, no NLP
 * @param repeated  articles that appeared twice in this run (same text under two names): written once
 * @param written   articles annotated and written
 * @param skipped   well-formed inputs that hold no article text
 * @param failed    inputs that could not be read or written, each naming the file (and line) and the reason
 * @param tokens    tokens annotated
 */
public record IngestReport(int files, int read, int unchanged, int repeated, int written,
                           List<ReadResult.Skipped> skipped, List<ReadResult.Failed> failed, WriteSummary writes, long tokens, long millis) {

    public IngestReport {
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
    }

    public boolean hasFailures() {
        return !failed.isEmpty();
    }
}
