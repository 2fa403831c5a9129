package io.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The hostile inputs that are generated rather than committed (large, or with bytes and names a checkout would
 * mangle), shared by {@link HostileInputTests} (the reader alone) and {@link HostileKindsIT} (the whole ingest).
 */
final class HostileKinds {

    /** A small good article, as UTF-16 and other encodings carry it. */
    static final String FLOODS = "Floods reach Sukkur\n\nFloods reached Sukkur in Sindh on Friday, officials said.\n";

    static final String URDU = "\u06a9\u0648\u0626\u0679\u06c1 \u0645\u06cc\u06ba \u0633\u06cc\u0644\u0627\u0628\n\n"
            + "\u0648\u0632\u06cc\u0631 \u0627\u0639\u0644\u06cc\u0670 \u0646\u06d2 \u062c\u0645\u0639\u06c1 \u06a9\u0648 "
            + "\u06a9\u06c1\u0627 \u06a9\u06c1 \u06a9\u0648\u0626\u0679\u06c1 \u0645\u06cc\u06ba \u0633\u06cc\u0644\u0627\u0628 "
            + "\u0622\u06cc\u0627\u06d4\n";
    static final String URDU_TITLE = "\u06a9\u0648\u0626\u0679\u06c1 \u0645\u06cc\u06ba \u0633\u06cc\u0644\u0627\u0628";

    static final String CHINESE = "\u5317\u4eac\u66b4\u96e8\n\n\u5317\u4eac\u5e02\u653f\u5e9c\u5468\u4e94\u8868\u793a\uff0c"
            + "\u66b4\u96e8\u9020\u6210\u4ea4\u901a\u4e2d\u65ad\u3002\u5e02\u6c11\u88ab\u8981\u6c42\u7559\u5728\u5bb6\u4e2d\u3002\n";
    static final String CHINESE_TITLE = "\u5317\u4eac\u66b4\u96e8";

    static final String NUMBERS = "2024 2025 2026\n\n3.14 2.71 1,000,000 42 -7 99% 12:30 +92 300 1234567\n";

    static final String DATES_9999 = "Court hearing set in Hyderabad\n\nLawyers held a protest in Hyderabad on "
            + "December 31, 9999, police said.\n\nThe bar council will hold a meeting in Karachi on 9999-12-31, its "
            + "secretary said.\n";
    static final String DATES_0001 = "Archive opens in Multan\n\nTraders held a meeting in Multan on January 1, 0001, "
            + "the curator said.\n\nAnother coin dated 1 January 0001 was found in Multan in 1990.\n";

    private HostileKinds() {
    }

    /** Text in UTF-16 with its byte-order mark first, as Windows Notepad and Excel save "Unicode" text. */
    static byte[] utf16(String text, boolean littleEndian) {
        byte[] body = text.getBytes(littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        ByteBuffer out = ByteBuffer.allocate(body.length + 2);
        out.put(littleEndian ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF});
        return out.put(body).array();
    }

    /** A page whose one paragraph sits inside {@code depth} nested {@code <div>} elements, each closed. */
    static String nestedHtml(int depth) {
        return "<!DOCTYPE html><html><head><title>Ferry service resumes in Keti Bandar</title></head><body>"
                + "<div>".repeat(depth) + "<p>The ferry service to Keti Bandar resumed on Monday, officials said.</p>"
                + "</div>".repeat(depth) + "</body></html>";
    }

    /** One line of {@code bytes} ASCII bytes of words with no sentence end. */
    static String runOnLine(int bytes) {
        String s = HostileInputTests.noPunctuation(bytes + 20).substring(0, bytes - 2);
        return s + "x\n";
    }

    /** A JSON Lines file whose first line holds a text of {@code textBytes} bytes and whose second is a short article. */
    static String jsonlWithLongLine(int textBytes) {
        return "{\"title\": \"Long\", \"text\": \"" + "word ".repeat(textBytes / 5) + "\"}\n"
                + "{\"url\": \"https://example.org/port\", \"title\": \"Port expands in Gwadar\", "
                + "\"text\": \"The port in Gwadar opened a new berth on Monday, officials said.\"}\n";
    }

    /**
     * An article that names {@code n} different people (capitalised first and last names made of syllables, so that
     * no gazetteer or list knows them), twelve to a sentence.
     */
    static String names(int n) {
        String[] syl = {"ka", "ri", "mo", "ta", "ba", "sho", "na", "di", "lu", "ze", "ha", "qu", "fa", "ro", "vi", "ne"};
        StringBuilder out = new StringBuilder("Delegates meet in Sialkot\n\n");
        for (int i = 0; i < n; i++) {
            int b = i * 7 + 3;
            String first = cap(syl[i % 16] + syl[(i / 16) % 16] + syl[(i / 256) % 16] + (i >= 4096 ? "el" : ""));
            String last = cap(syl[b % 16] + syl[(b / 16) % 16] + "ani");
            out.append(first).append(' ').append(last);
            out.append(i % 12 == 11 ? " attended the meeting in Sialkot on Monday.\n" : ", ");
        }
        return out.append("and the organisers attended too.\n").toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An article whose text is full of Cypher, every fragment of {@link ArticleTextIsDataIT#HOSTILE}. */
    static String cypherArticle() {
        var h = ArticleTextIsDataIT.HOSTILE;
        return ArticleTextIsDataIT.TITLE + "\n\nKhawaja Asif said on Monday in Quetta that the phrase " + h.get(0)
                + " was typed into a form.\n\nOfficials said the entry " + h.get(1) + " and the words " + h.get(2)
                + " came from a test.\n\nA note read " + h.get(3) + " and " + h.get(4) + ", the police said.\n\n"
                + "Another line, " + h.get(5) + ", followed " + h.get(6) + " and " + h.get(7)
                + " in the same message, Asif told reporters.\n";
    }
}
