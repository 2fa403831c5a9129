package io.newsgraph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as read from its file: the text that is analysed (page furniture removed) and the metadata found
 * in or beside it.
 *
 * @param id        {@link Ids#article(String)} of {@code text}
 * @param title     the headline, or null where the text has none
 * @param published the publication date, or null: an undated article stays undated
 * @param source    the publication, where known
 * @param authors   the byline's names, possibly empty
 * @param dateline  the place of the dateline ("ISLAMABAD"), or null
 * @param uri       where it came from: a URL from a CSV row, or the file's URI
 * @param text      the body that is analysed; offsets in the graph point into it
 */
public record Article(String id, String title, LocalDate published, String source, List<String> authors,
                      String dateline, String uri, String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Words in the analysed text. */
    public int wordCount() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** A display name: the title, else the opening words of the text. */
    public String displayName() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= 80) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 80);
        return t.substring(0, cut > 40 ? cut : 80) + "\u2026";
    }
}
