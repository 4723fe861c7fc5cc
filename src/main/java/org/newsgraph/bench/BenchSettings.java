package org.newsgraph.bench;

import java.nio.file.Path;

/**
 * What a benchmark run measures.
 *
 * @param home           the newsgraph installation: its seeds, eval files and queries are used
 * @param corpus         the BBC News corpus folder
 * @param category       the slice's category, or {@link CorpusSlice#ALL}
 * @param limit          at most this many articles of the slice, 0 for all
 * @param threads        newsgraph's annotation threads
 * @param heap           maximum heap of every JVM the benchmark starts, newsgraph's and CoreNLP's ({@code 4g})
 * @param baseline       run CoreNLP's command line on the same articles
 * @param baselineThreads CoreNLP's {@code -threads}
 * @param seeds          also measure the seed articles, with the seed eval
 * @param scale          also run the scale scenario on every article of the corpus
 * @param scaleNew       articles held out of the large store and added to it afterwards
 * @param scaleCache     annotation cache for the large store, kept between runs; null for a temporary one
 * @param variants       also weigh the CoreNLP configurations of {@link NlpVariant#all()}
 * @param variantLimit   articles of the slice each variant annotates
 * @param work           folder for stores, caches and logs; null for a temporary folder removed afterwards
 * @param warcBytes      also build the slice from one crawl {@code .warc.gz} of at least this size; 0 for not
 */
public record BenchSettings(Path home, Path corpus, String category, int limit, int threads, String heap,
                            boolean baseline, int baselineThreads, boolean seeds, boolean scale, int scaleNew,
                            Path scaleCache, boolean variants, int variantLimit, Path work,
                            long warcBytes) {
}
