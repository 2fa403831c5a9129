package io.newsgraph.ingest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the integration tests that run on a real in-process Neo4j of their own class ({@link TestGraph}), emptied
 * before each test. Test classes run one after another, so the one field serves each class in turn.
 */
abstract class EmptiedGraph {

    static TestGraph graph;

    @BeforeAll
    static void startGraph() {
        graph = new TestGraph();
    }

    @BeforeEach
    void emptyGraph() {
        graph.clear();
    }

    @AfterAll
    static void stopGraph() {
        graph.close();
    }
}
