package org.newsgraph.baseline;

import org.newsgraph.build.BuildListener;
import org.newsgraph.build.BuildReport;
import org.newsgraph.build.BuildRequest;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.extract.FactExtraction;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.resolve.Gazetteer;
import org.newsgraph.store.GraphStore;

import java.util.List;

/** Builds a store the baseline way: CoreNLP with KBP and quote attribution, mapped naively. */
public final class Baseline {

    private Baseline() {
    }

    public static BuildReport build(GraphStore store, BuildRequest request, BuildListener listener) {
        GraphBuilder builder = new GraphBuilder(NlpConfig.coreNlpAlone(),
                new FactExtraction(Gazetteer.standard(), List.of(new CoreNlpAloneExtractor())));
        return builder.build(store, request, listener);
    }
}
