package org.newsgraph.robust;

import org.newsgraph.build.BuildListener;
import org.newsgraph.build.BuildReport;
import org.newsgraph.build.BuildRequest;
import org.newsgraph.build.BuildTimings;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.ReadAhead;
import org.newsgraph.build.WriteBatching;
import org.newsgraph.extract.FactExtraction;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.resolve.Gazetteer;
import org.newsgraph.store.GraphStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The build with a cheap NLP stage (tokens and sentences, no extractors), for a child JVM whose heap is smaller than
 * its input: everything the build does to hold documents (reading, change detection, windows, annotation ahead of the
 * writer, batches, ng:text, story sketches) runs as in a real build, without CoreNLP's models and their time.
 * Arguments: store, documents per window, characters per window, documents per batch, inputs. Prints the report's
 * counts and the most documents held at once on one line.
 */
public final class TokenizingBuild {

    public static void main(String[] args) {
        NlpConfig tokensOnly = NlpConfig.standard().withAnnotators(List.of("tokenize", "ssplit"));
        BuildTimings timings = new BuildTimings();
        GraphBuilder builder = new GraphBuilder(tokensOnly, new FactExtraction(Gazetteer.standard(), List.of()),
                timings, new WriteBatching(Integer.parseInt(args[3]), Duration.ofSeconds(2)),
                new ReadAhead(Integer.parseInt(args[1]), Long.parseLong(args[2])));
        List<Path> inputs = Arrays.stream(args).skip(4).map(Path::of).toList();
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            BuildReport report = builder.build(store, new BuildRequest(inputs, IngestOptions.defaults(), 2, null),
                    BuildListener.SILENT);
            System.out.println("documents=" + report.documents() + " annotated=" + report.documentsAnnotated()
                    + " unchanged=" + report.documentsUnchanged() + " problems=" + report.problems().size()
                    + " held=" + timings.peakDocumentsHeld());
        }
    }
}
