package io.newsgraph.ingest;

import io.newsgraph.model.Article;

/** What reading one article gave: the article, or the reason it could not be read, naming the file (and line). */
public sealed interface ReadResult {

    /** Where the article came from: a path, or a path and line for one row of a CSV or JSON Lines file. */
    String origin();

    record Ok(String origin, Article article) implements ReadResult {
    }

    /**
     * Well-formed input that holds no article: a row whose text is only a date line or page furniture. Reported,
     * but not a failure of the input.
     */
    record Skipped(String origin, String reason) implements ReadResult {
        @Override
        public String toString() {
            return origin + ": " + reason;
        }
    }

    record Failed(String origin, String reason) implements ReadResult {
        @Override
        public String toString() {
            return origin + ": " + reason;
        }
    }
}
