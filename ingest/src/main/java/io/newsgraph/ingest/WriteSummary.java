package io.newsgraph.ingest;

/** What writing one fragment changed in the graph, from the server's own counters. */
public record WriteSummary(int nodesCreated, int relationshipsCreated, int propertiesSet, int labelsAdded) {

    public static final WriteSummary NONE = new WriteSummary(0, 0, 0, 0);

    public WriteSummary plus(WriteSummary o) {
        return new WriteSummary(nodesCreated + o.nodesCreated, relationshipsCreated + o.relationshipsCreated,
                propertiesSet + o.propertiesSet, labelsAdded + o.labelsAdded);
    }
}
