// Prints, for one text file, the dependency parse of the sentences that contain a word, and the statements the
// ingest extracts from the whole text: for reading why a speaker or a content span came out as it did.
// usage: java [-Ddate=YYYY-MM-DD] -cp "app/target/lib/*:app/target/newsgraph-app.jar" eval/debug/Explain.java FILE [WORD]
// (put ingest/target/classes first on the class path to try a change without packaging)
import io.newsgraph.ingest.*;
import io.newsgraph.model.*;
import java.nio.file.*;
import java.time.LocalDate;
import java.util.*;

public class Explain {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        String word = args.length > 1 ? args[1] : null;
        Article article = new Article("article:explain", "explain", LocalDate.parse(System.getProperty("date", "2020-01-01")), null, List.of(), null,
                Path.of(args[0]).toUri().toString(), text);
        Gazetteer gaz = Gazetteer.defaults();
        AnnotatedArticle doc = Annotator.shared(gaz).annotate(article);
        for (AnnotatedArticle.Sentence s : doc.sentences()) {
            if (word == null || !s.text().contains(word)) continue;
            System.out.println("# " + s.text());
            for (AnnotatedArticle.Token t : doc.tokens()) {
                if (t.sentence() != s.index()) continue;
                String head = t.head() < 0 ? "-" : doc.tokens().get(t.head()).word() + "-" + t.head();
                System.out.printf("  %d %s/%s/%s %s <- %s%n", t.index(), t.word(), t.pos(), t.ner(), t.rel(), head);
            }
            for (AnnotatedArticle.NerMention m : doc.mentions()) {
                if (m.sentence() == s.index()) System.out.println("  MENTION " + m.type() + " " + m.text() + " [" + m.normalized() + "]");
            }
        }
        GraphFragment f = new EntityExtractor(gaz, Cues.defaults()).extract(doc);
        for (Statement st : f.statements()) {
            if (word != null && !text.substring(Math.max(0, st.span().start() - 300), Math.min(text.length(), st.span().end() + 100)).contains(word)) continue;
            System.out.println((st.speaker() == null ? "[" + st.speakerText() + "]" : String.join(" & ", st.speakers().stream().map(r -> r.id()).toList())) + " " + st.verb()
                    + "/" + st.kind() + (st.quote() ? " Q: " : ": ") + st.text());
        }
        if (System.getProperty("entities") != null) {
            for (io.newsgraph.model.Entity e : f.entities()) System.out.println("ENTITY " + e.type() + " " + e.name());
        }
        for (io.newsgraph.model.Event e : f.events()) {
            System.out.println("EVENT " + e.type() + " " + e.date() + " (" + e.dateText() + ") places="
                    + e.places().stream().map(p -> p.id()).toList() + " participants=" + e.participants().size()
                    + " sentences=" + e.mentions() + ": " + text.substring(e.span().start(), Math.min(e.span().end(), e.span().start() + 120)));
        }
        for (io.newsgraph.model.Claim c : f.claims()) {
            System.out.println("CLAIM " + c.kind() + " " + c.casualty() + " by=" + (c.claimedBy() == null ? "[" + c.claimantText() + "]" : c.claimedBy().id())
                    + " event=" + c.event() + " :: " + c.text().substring(0, Math.min(100, c.text().length())));
        }
    }
}
