package io.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The article in a saved HTML page: the headline ({@code <h1>}, else {@code <title>}), the publication date and site
 * name from the usual {@code <meta>} tags, and the text of the {@code <p>} paragraphs (of every visible block when the
 * page has none). Scripts, styles, navigation, headers of asides, footers and forms are left out.
 *
 * <p>One pass over the text, no regular expressions and no DOM: a page of any size (or an unclosed tag) costs time in
 * proportion to its length, and no markup is ever run.
 */
final class HtmlText {

    /** What the page holds; any part may be null or empty. */
    record Page(String title, String published, String siteName, String text) {
    }

    /** Elements whose content is never article text. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "nav", "footer", "aside", "form", "button", "select", "textarea", "figcaption", "object");
    /** Elements that start or end a block of text. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "tr", "td", "th", "table", "blockquote", "section", "article", "header", "main", "body",
            "title", "pre", "hr", "dd", "dt", "figure");
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"), Map.entry("rdquo", "\u201D"),
            Map.entry("ldquo", "\u201C"), Map.entry("mdash", "\u2014"), Map.entry("ndash", "\u2013"),
            Map.entry("hellip", "\u2026"), Map.entry("eacute", "\u00E9"), Map.entry("copy", "\u00A9"));

    private HtmlText() {
    }

    /** True when a text is an HTML page rather than plain text (whatever its file is called). */
    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 64)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    static Page extract(String html) {
        String lower = html.toLowerCase(Locale.ROOT);
        List<String> paragraphs = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        StringBuilder title = null;
        StringBuilder h1 = null;
        StringBuilder paragraph = null;
        StringBuilder block = new StringBuilder();
        String firstH1 = null;
        String titleText = null;
        String published = null;
        String siteName = null;
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            int textEnd = lt < 0 ? n : lt;
            if (textEnd > i) {
                String t = html.substring(i, textEnd);
                block.append(t);
                if (paragraph != null) {
                    paragraph.append(t);
                }
                if (title != null) {
                    title.append(t);
                }
                if (h1 != null) {
                    h1.append(t);
                }
            }
            if (lt < 0) {
                break;
            }
            if (lower.startsWith("<!--", lt)) {
                int end = lower.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            int gt = html.indexOf('>', lt + 1);
            if (gt < 0) {
                break;
            }
            boolean closing = lt + 1 < n && html.charAt(lt + 1) == '/';
            int nameStart = lt + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < gt && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = lower.substring(nameStart, nameEnd);
            i = gt + 1;
            if (name.isEmpty()) {
                continue; // <!DOCTYPE ...>, <?xml ...?> or a stray '<'
            }
            if (!closing && SKIPPED.contains(name)) {
                int end = lower.indexOf("</" + name, i);
                int close = end < 0 ? -1 : lower.indexOf('>', end);
                i = close < 0 ? n : close + 1;
                continue;
            }
            if (!closing && name.equals("meta")) {
                String tag = html.substring(lt, gt + 1);
                String key = attribute(tag, "property");
                key = key == null ? attribute(tag, "name") : key;
                String content = attribute(tag, "content");
                if (key != null && content != null) {
                    key = key.toLowerCase(Locale.ROOT);
                    if (published == null && (key.endsWith("published_time") || key.equals("date")
                            || key.equals("pubdate") || key.equals("publish-date"))) {
                        published = decode(content).strip();
                    } else if (siteName == null && key.equals("og:site_name")) {
                        siteName = clean(decode(content));
                    }
                }
                continue;
            }
            if (BLOCKS.contains(name)) {
                flush(block, blocks);
            }
            switch (name) {
                case "title" -> {
                    if (!closing) {
                        title = new StringBuilder();
                    } else if (title != null) {
                        titleText = titleText == null ? clean(decode(title.toString())) : titleText;
                        title = null;
                    }
                }
                case "h1" -> {
                    if (!closing) {
                        h1 = new StringBuilder();
                    } else if (h1 != null) {
                        firstH1 = firstH1 == null ? clean(decode(h1.toString())) : firstH1;
                        h1 = null;
                    }
                }
                case "p" -> {
                    if (paragraph != null) { // a <p> closes an open one, as in HTML
                        flush(paragraph, paragraphs);
                    }
                    paragraph = closing ? null : new StringBuilder();
                }
                case "br" -> {
                    if (paragraph != null) {
                        paragraph.append('\n');
                    }
                }
                default -> {
                }
            }
        }
        if (paragraph != null) {
            flush(paragraph, paragraphs);
        }
        flush(block, blocks);
        String headline = firstH1 != null && !firstH1.isEmpty() ? firstH1 : titleText;
        List<String> body = paragraphs.isEmpty() ? blocks : paragraphs;
        if (headline != null && !body.isEmpty() && body.get(0).equals(headline)) {
            body = body.subList(1, body.size());
        }
        return new Page(headline == null || headline.isEmpty() ? null : headline, published, siteName,
                String.join("\n\n", body));
    }

    private static void flush(StringBuilder text, List<String> into) {
        if (text.isEmpty()) {
            return; // the next of many nested blocks: nothing between their tags
        }
        for (String line : decode(text.toString()).split("\n")) {
            String t = clean(line);
            if (!t.isEmpty()) {
                into.add(t);
            }
        }
        text.setLength(0);
    }

    private static String clean(String s) {
        return s.replace('\u00A0', ' ').replaceAll("[ \\t\\r\\f]+", " ").strip();
    }

    /** The value of an attribute of one tag, quoted or not, or null. */
    static String attribute(String tag, String name) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int at = lower.indexOf(name, from);
            if (at < 0) {
                return null;
            }
            from = at + name.length();
            boolean startsWord = at > 0 && Character.isWhitespace(lower.charAt(at - 1));
            int j = from;
            while (j < tag.length() && Character.isWhitespace(tag.charAt(j))) {
                j++;
            }
            if (!startsWord || j >= tag.length() || tag.charAt(j) != '=') {
                continue;
            }
            j++;
            while (j < tag.length() && Character.isWhitespace(tag.charAt(j))) {
                j++;
            }
            if (j >= tag.length()) {
                return null;
            }
            char q = tag.charAt(j);
            if (q == '"' || q == '\'') {
                int end = tag.indexOf(q, j + 1);
                return end < 0 ? null : tag.substring(j + 1, end);
            }
            int end = j;
            while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '>') {
                end++;
            }
            return tag.substring(j, end);
        }
    }

    /** Character references: the named ones news pages use, and every numeric one. Unknown ones stay as written. */
    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (amp >= 0) {
            out.append(s, i, amp);
            int semi = s.indexOf(';', amp);
            String replacement = null;
            if (semi > amp + 1 && semi - amp <= 10) {
                String ref = s.substring(amp + 1, semi);
                if (ref.startsWith("#")) {
                    try {
                        int cp = ref.startsWith("#x") || ref.startsWith("#X") ? Integer.parseInt(ref.substring(2), 16)
                                : Integer.parseInt(ref.substring(1));
                        if (Character.isValidCodePoint(cp) && cp != 0) {
                            replacement = new String(Character.toChars(cp));
                        }
                    } catch (NumberFormatException e) {
                        replacement = null;
                    }
                } else {
                    replacement = ENTITIES.get(ref.toLowerCase(Locale.ROOT));
                }
            }
            if (replacement == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(replacement);
                i = semi + 1;
            }
            amp = s.indexOf('&', i);
        }
        out.append(s, i, s.length());
        return out.toString();
    }
}
