package org.newsgraph.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.resolve.BlockedResolution;
import org.newsgraph.resolve.BlockedResolution.Assignment;
import org.newsgraph.resolve.BlockedResolution.BlockOutcome;
import org.newsgraph.resolve.BlockedResolution.Mention;
import org.newsgraph.resolve.KeyComponents;
import org.newsgraph.resolve.MentionKeys;
import scala.Tuple2;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity resolution as Spark stages, with the library's {@link BlockedResolution} steps: executors emit each named
 * mention's blocking keys; the driver links the distinct key pairs into components (union-find over keys, not
 * mentions, so it stays small); mentions are shuffled to their component and each component is replayed in corpus
 * order by one resolver on an executor; blocks that minted the same IRI are merged and replayed; the few resolution
 * mentions are replayed on the driver, in corpus order, with their drafters' IRIs.
 */
final class DistributedResolution {

    /** A named or resolution mention as Spark ships it. */
    record MentionRow(String documentId, String date, int index, String entityJson, List<String> keys)
            implements Serializable {

        static MentionRow of(Mention m, List<String> keys) {
            return new MentionRow(m.documentId(), m.date() == null ? null : m.date().toString(), m.index(),
                    FactsJson.write(m.entity()), keys);
        }

        Mention mention() {
            return new Mention(documentId, date == null ? null : LocalDate.parse(date), index,
                    FactsJson.entity(entityJson));
        }
    }

    /** What one block decided: per mention (document id, key, IRI, label), and the IRIs it minted. */
    record BlockResult(String block, List<String[]> assignments, List<String> minted) implements Serializable {}

    /** Figures for the summary. */
    record Figures(long namedMentions, long blocks, long largestBlock, int mergeRounds, int resolutionMentions)
            implements Serializable {}

    /** (document id, [key, IRI, label]) for every resolved entity, and the figures. */
    record Result(JavaPairRDD<String, String[]> assignments, Figures figures) {}

    private DistributedResolution() {
    }

    static Result resolve(JavaSparkContext jsc, JavaRDD<ExtractedRow> documents) {
        JavaRDD<MentionRow> mentions = documents.flatMap(row -> {
            List<MentionRow> rows = new ArrayList<>();
            for (Mention m : BlockedResolution.namedMentions(row.facts())) {
                rows.add(MentionRow.of(m, List.copyOf(MentionKeys.named(m.entity()))));
            }
            return rows.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());

        KeyComponents components = new KeyComponents();
        mentions.flatMap(m -> {
            List<Tuple2<String, String>> links = new ArrayList<>();
            for (int i = 1; i < m.keys().size(); i++) {
                links.add(new Tuple2<>(m.keys().get(0), m.keys().get(i)));
            }
            return links.iterator();
        }).distinct().collect().forEach(link -> components.union(link._1(), link._2()));

        JavaRDD<BlockResult> blocks;
        int rounds = 0;
        while (true) {
            rounds++;
            blocks = replay(jsc, mentions, components).persist(StorageLevel.MEMORY_AND_DISK());
            Map<String, Set<String>> collisions = new HashMap<>();
            // only IRIs minted by more than one block come back to the driver
            blocks.flatMapToPair(b -> b.minted().stream().map(iri -> new Tuple2<>(iri, b.block())).iterator())
                    .groupByKey()
                    .filter(iri -> new HashSet<String>(toList(iri._2())).size() > 1)
                    .collect()
                    .forEach(iri -> toList(iri._2()).forEach(block ->
                            collisions.computeIfAbsent(block, k -> new HashSet<>()).add(iri._1())));
            if (!BlockedResolution.mergeCollisions(collisions, components)) {
                break;
            }
            blocks.unpersist();
        }
        long namedMentions = mentions.count();
        long blockCount = blocks.count();
        long largest = blockCount == 0 ? 0 : blocks.map(b -> (long) b.assignments().size()).reduce(Math::max);
        JavaPairRDD<String, String[]> named = blocks.flatMapToPair(b -> b.assignments().stream()
                .map(a -> new Tuple2<>(a[0], new String[]{a[1], a[2], a[3]})).iterator());

        // Resolutions: their drafters' IRIs come from the named assignments of the same documents.
        List<Mention> resolutionMentions = documents.flatMap(row -> {
            List<MentionRow> rows = new ArrayList<>();
            for (Mention m : BlockedResolution.resolutionMentions(row.facts())) {
                rows.add(MentionRow.of(m, List.of()));
            }
            return rows.iterator();
        }).collect().stream().map(MentionRow::mention).toList();
        Set<String> withResolutions = new HashSet<>();
        resolutionMentions.forEach(m -> withResolutions.add(m.documentId()));
        var wanted = jsc.broadcast(withResolutions);
        Map<String, Map<String, String>> actorIris = new HashMap<>();
        named.filter(a -> wanted.value().contains(a._1())).collect().forEach(a ->
                actorIris.computeIfAbsent(a._1(), k -> new HashMap<>()).put(a._2()[0], a._2()[1]));
        List<Tuple2<String, String[]>> resolved = new ArrayList<>();
        for (Assignment a : BlockedResolution.replayResolutions(resolutionMentions, actorIris)) {
            resolved.add(new Tuple2<>(a.documentId(), new String[]{a.key(), a.iri(), a.label()}));
        }
        JavaPairRDD<String, String[]> all = named.union(jsc.parallelizePairs(resolved, 1));
        return new Result(all, new Figures(namedMentions, blockCount, largest, rounds, resolutionMentions.size()));
    }

    /** Shuffles every mention to its block (the component of its keys) and replays each block. */
    private static JavaRDD<BlockResult> replay(JavaSparkContext jsc, JavaRDD<MentionRow> mentions,
                                               KeyComponents components) {
        List<Tuple2<String, String>> roots = new ArrayList<>();
        components.roots().forEach((key, root) -> roots.add(new Tuple2<>(key, root)));
        JavaPairRDD<String, String> rootOfKey = jsc.parallelizePairs(roots, Math.max(1, jsc.defaultParallelism()));
        return mentions.mapToPair(m -> new Tuple2<>(m.keys().get(0), m))
                .leftOuterJoin(rootOfKey)
                .mapToPair(joined -> {
                    Optional<String> root = joined._2()._2();
                    return new Tuple2<>(root.isPresent() ? root.get() : joined._1(), joined._2()._1());
                })
                .groupByKey()
                .map(block -> {
                    List<Mention> members = new ArrayList<>();
                    block._2().forEach(m -> members.add(m.mention()));
                    BlockOutcome outcome = BlockedResolution.replayNamed(members);
                    List<String[]> assignments = new ArrayList<>(outcome.assignments().size());
                    outcome.assignments().forEach(a ->
                            assignments.add(new String[]{a.documentId(), a.key(), a.iri(), a.label()}));
                    return new BlockResult(block._1(), assignments, List.copyOf(outcome.mintedIris()));
                });
    }

    private static <T> List<T> toList(Iterable<T> values) {
        List<T> list = new ArrayList<>();
        values.forEach(list::add);
        return list;
    }

    /** The resolved entities of a document, keyed as {@link org.newsgraph.resolve.EntityResolver#assemble} wants. */
    static Map<String, org.newsgraph.resolve.KnownEntity> byKey(DocumentFacts facts, Iterable<String[]> assignments) {
        Map<String, org.newsgraph.resolve.KnownEntity> resolved = new HashMap<>();
        assignments.forEach(a -> resolved.put(a[0], BlockedResolution.asEntity(
                new Assignment(facts.documentId(), a[0], a[1], a[2]))));
        return resolved;
    }
}
