package io.newsgraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Deterministic ids: the same input always gives the same id, so re-ingesting an article changes nothing.
 */
public final class Ids {

    private Ids() {
    }

    /**
     * The id of an article: a hash of its normalised text, so the same text read from two paths (or with other line
     * endings, or other runs of white space) is one article.
     */
    public static String article(String text) {
        return "article:" + sha256(normaliseText(text)).substring(0, 20);
    }

    /** The id of an entity: its label's prefix and a slug of its canonical name, e.g. {@code person:khawaja-asif}. */
    public static String entity(EntityType type, String canonicalName) {
        String slug = slug(canonicalName);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("a name with no letters or digits has no id: '" + canonicalName + "'");
        }
        return type.prefix() + ":" + slug;
    }

    /** A statement: its article and the character span it stands in. */
    public static String statement(String articleId, Span span) {
        return "statement:" + articleId.substring(articleId.indexOf(':') + 1) + ":" + span.start() + "-" + span.end();
    }

    /** A claim: its article, kind and the span of the words that make it (one sentence can hold several claims). */
    public static String claim(String articleId, String kind, Span span) {
        return "claim:" + articleId.substring(articleId.indexOf(':') + 1) + ":" + kind + ":" + span.start() + "-"
                + span.end();
    }

    /**
     * An event: its type, date and main place, so that two articles reporting one event meet on one node. An undated
     * event also carries its article, so that undated events of different articles never meet by accident.
     */
    public static String event(String type, String date, String place, String articleId) {
        String where = place == null ? "somewhere" : slug(place);
        String when = date == null ? "undated" : date;
        String id = "event:" + slug(type) + ":" + when + ":" + where;
        return date == null ? id + ":" + articleId.substring(articleId.indexOf(':') + 1) : id;
    }

    /** Lower case ASCII letters and digits joined by single hyphens; accents dropped, apostrophes removed. */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replaceAll("['\u2019`]", "");
        s = s.replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    /** Text as it is hashed: NFC, unified line endings, runs of white space folded, trimmed. */
    public static String normaliseText(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        return s.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ")
                .replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** The hash that identifies an article's text version; changes whenever the text does. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
