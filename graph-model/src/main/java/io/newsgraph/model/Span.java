package io.newsgraph.model;

/** Character offsets into an article's text: {@code text.substring(start, end)}. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
