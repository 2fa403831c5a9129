package io.newsgraph.ingest;

import io.newsgraph.model.Article;

/** What reading one article gave: the article, or the reason it could not be read, naming the file (and line). */
public sealed interface ReadResult {

    /** Where the article came from: a path, or a path and line for one row of a CSV or JSON Lines file. */
    String origin();

    record Ok(String origin, Article article) implements ReadResult {
    }

    record Failed(String origin, String reason) implements ReadResult {
        @Override
        public String toString() {
            return origin + ": " + reason;
        }
    }
}
