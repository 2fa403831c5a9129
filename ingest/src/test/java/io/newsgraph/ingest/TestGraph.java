package io.newsgraph.ingest;

import io.newsgraph.model.Article;
import io.newsgraph.model.GraphFragment;
import io.newsgraph.model.Ids;
import io.newsgraph.model.Schema;
import java.time.LocalDate;
import java.util.List;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/** A real in-process Neo4j with the schema applied, and the real pipeline on it, for the integration tests. */
final class TestGraph implements AutoCloseable {

    static final Gazetteer GAZETTEER = Gazetteer.defaults();
    static final EntityExtractor EXTRACTOR = new EntityExtractor(GAZETTEER, Cues.defaults());

    final Neo4j neo4j;
    final Driver driver;

    TestGraph() {
        neo4j = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        Schema.apply(driver, SessionConfig.defaultConfig());
    }

    /** Deletes every node and relationship (the schema stays), for a test that starts from an empty graph. */
    void clear() {
        try (var session = driver.session()) {
            session.run("MATCH (n) DETACH DELETE n").consume();
        }
    }

    /** A pipeline that has seen nothing yet, writing to this graph. */
    IngestPipeline pipeline() {
        return pipeline(new ArticleReader());
    }

    /** A pipeline that has seen nothing yet, reading with this reader (another size limit), writing to this graph. */
    IngestPipeline pipeline(ArticleReader reader) {
        return new IngestPipeline(reader, Annotator.shared(GAZETTEER), EXTRACTOR, new EntityResolver(GAZETTEER),
                new GraphWriter(driver, SessionConfig.defaultConfig()), 2);
    }

    /** The fragment of a text written for a test, through the real NLP pipeline (no graph needed). */
    static GraphFragment extract(LocalDate published, String text) {
        Article a = new Article(Ids.article(text), null, published, null, List.of(), null, "test:", text);
        return EXTRACTOR.extract(Annotator.shared(GAZETTEER).annotate(a));
    }

    @Override
    public void close() {
        driver.close();
        neo4j.close();
    }
}
