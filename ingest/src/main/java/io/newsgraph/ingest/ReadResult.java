package io.newsgraph.ingest;

import io.newsgraph.model.Article;

/** What reading one article gave: the article, or the reason it could not be read, naming the file (and line). */
public sealed interface ReadResult {

    /** Where the article came from: a path, or a path and line for one row of a CSV or JSON Lines file. */
    String origin();

    /** An article read; {@code warning} says what was guessed to read it (an encoding), or is null. */
    record Ok(String origin, Article article, Warning warning) implements ReadResult {
        public Ok(String origin, Article article) {
            this(origin, article, null);
        }
    }

    /** Something read, but not as given: a file that was not UTF-8 and was read as windows-1252. Not a failure. */
    record Warning(String origin, String message) {
        @Override
        public String toString() {
            return origin + ": " + message;
        }
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
