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
 * @param replaced  earlier versions of written articles (same uri, other text) removed with what only they supported
 * @param duplicates each repeated article, naming the file it duplicates
 * @param skipped   well-formed inputs that hold no article text
 * @param warnings  inputs read with a guess (an encoding) or without their date, each naming the file
 * @param failed    inputs that could not be read or written, each naming the file (and line) and the reason
 * @param tokens    tokens annotated
 * @param millis    the run's time
 * @param analysisMillis time the NLP workers spent on the articles, summed over the workers
 * @param writeMillis    time spent writing, on the one thread that writes
 */
public record IngestReport(int files, int read, int unchanged, int repeated, int written, int replaced,
                           List<ReadResult.Skipped> skipped, List<ReadResult.Skipped> duplicates,
                           List<ReadResult.Warning> warnings, List<ReadResult.Failed> failed, WriteSummary writes,
                           long tokens, long millis, long analysisMillis, long writeMillis) {

    public IngestReport {
        skipped = List.copyOf(skipped);
        duplicates = List.copyOf(duplicates);
        warnings = List.copyOf(warnings);
        failed = List.copyOf(failed);
    }

    public boolean hasFailures() {
        return !failed.isEmpty();
    }
}
