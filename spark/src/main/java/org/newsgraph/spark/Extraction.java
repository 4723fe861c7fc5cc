package org.newsgraph.spark;

import org.newsgraph.build.BuildTimings;
import org.newsgraph.build.DocumentProcessor;
import org.newsgraph.extract.FactExtraction;
import org.newsgraph.nlp.NlpConfig;
import org.newsgraph.resolve.Gazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Annotation and extraction of one partition, with the library's {@link DocumentProcessor}: the executor's JVM
 * builds one CoreNLP pipeline on first use ({@code NlpPipeline.shared}) and every task on it reuses it.
 */
final class Extraction {

    private static final Logger log = LoggerFactory.getLogger(Extraction.class);

    /** One per executor JVM, like the pipeline: the gazetteer and the rules are read once. */
    private static volatile DocumentProcessor processor;

    private Extraction() {
    }

    private static DocumentProcessor processor() {
        JenaLogging.quiet();
        DocumentProcessor p = processor;
        if (p == null) {
            synchronized (Extraction.class) {
                p = processor;
                if (p == null) {
                    p = new DocumentProcessor(NlpConfig.standard(), new FactExtraction(Gazetteer.standard()), null,
                            new BuildTimings());
                    processor = p;
                }
            }
        }
        return p;
    }

    static Iterator<ExtractedRow> partition(Iterator<ArticleRow> articles) {
        List<ExtractedRow> rows = new ArrayList<>();
        DocumentProcessor processor = processor();
        // CoreNLP's direct prints to stderr are left alone: on an executor they only reach its log, and tasks
        // running side by side must not swap the JVM's stderr under each other.
        while (articles.hasNext()) {
            ArticleRow article = articles.next();
            try {
                rows.add(ExtractedRow.of(processor.process(article.toDocument()), article.origin()));
            } catch (RuntimeException e) {
                // one bad article is reported, the partition goes on, as in the local build
                log.debug("processing of {} failed", article.id(), e);
                rows.add(ExtractedRow.failed(article.id(), article.origin(), DocumentProcessor.problem(e)));
            }
        }
        return rows.iterator();
    }
}
