package org.newsgraph.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.resolve.BlockedResolution;
import org.newsgraph.resolve.BlockedResolution.Assignment;
import org.newsgraph.resolve.BlockedResolution.BlockOutcome;
import org.newsgraph.resolve.BlockedResolution.Mention;
import org.newsgraph.resolve.EvacuationIdentity.Report;
import org.newsgraph.resolve.EvacuationReports;
import org.newsgraph.resolve.EvacueeGroups;
import org.newsgraph.resolve.KeyComponents;
import org.newsgraph.resolve.MentionKeys;
import scala.Tuple2;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity resolution as Spark stages, with the library's {@link BlockedResolution} steps: executors emit each named
 * mention's blocking keys; the driver links the distinct key pairs into components (union-find over keys, not
 * mentions, so it stays small); mentions are shuffled to their component and each component is replayed in corpus
 * order by one resolver on an executor; blocks that minted the same IRI are merged and replayed; the few resolution
 * mentions are replayed on the driver, in corpus order, with their drafters' IRIs; last, each article's evacuation
 * reports are built on an executor from its places' IRIs and replayed on the driver, in corpus order, into operations.
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

    /** One article's evacuation as Spark ships it to the replay on the driver. */
    record ReportRow(String documentId, String date, String key, String label, List<String> originIris,
                     List<String> originNames, List<String> groups, String referredStart) implements Serializable {

        static ReportRow of(Report r) {
            return new ReportRow(r.documentId(), r.date() == null ? null : r.date().toString(), r.key(), r.label(),
                    List.copyOf(r.originIris()), List.copyOf(r.originNames()),
                    r.groups().stream().map(Enum::name).sorted().toList(),
                    r.referredStart() == null ? null : r.referredStart().toString());
        }

        Report report() {
            Set<EvacueeGroups.Group> evacuees = EnumSet.noneOf(EvacueeGroups.Group.class);
            groups.forEach(g -> evacuees.add(EvacueeGroups.Group.valueOf(g)));
            return new Report(documentId, date == null ? null : LocalDate.parse(date), key, label,
                    new LinkedHashSet<>(originIris), new LinkedHashSet<>(originNames), evacuees,
                    referredStart == null ? null : LocalDate.parse(referredStart));
        }
    }

    /** Figures for the summary. */
    record Figures(long namedMentions, long blocks, long largestBlock, int mergeRounds, int resolutionMentions,
                   int evacuationReports, long evacuations) implements Serializable {}

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
        JavaPairRDD<String, String[]> entities = named.union(jsc.parallelizePairs(resolved, 1));

        List<List<Report>> reports = evacuationReports(jsc, documents, entities);
        List<Tuple2<String, String[]>> evacuations = new ArrayList<>();
        for (Assignment a : BlockedResolution.replayEvacuationReports(reports)) {
            evacuations.add(new Tuple2<>(a.documentId(), new String[]{a.key(), a.iri(), a.label()}));
        }
        JavaPairRDD<String, String[]> all = entities.union(jsc.parallelizePairs(evacuations, 1));
        return new Result(all, new Figures(namedMentions, blockCount, largest, rounds, resolutionMentions.size(),
                evacuations.size(), evacuations.stream().map(e -> e._2()[1]).distinct().count()));
    }

    /**
     * Each article's evacuation reports, built where the article is from the IRIs its places resolved to; only those
     * reports, a few hundred bytes each, come back to the driver, which replays them in corpus order as the
     * sequential build resolves them.
     */
    private static List<List<Report>> evacuationReports(JavaSparkContext jsc, JavaRDD<ExtractedRow> documents,
                                                        JavaPairRDD<String, String[]> entities) {
        JavaPairRDD<String, ExtractedRow> withEvacuations = documents
                .filter(row -> row.facts().entities().stream().anyMatch(e -> e.kind() == EntityKind.EVACUATION))
                .mapToPair(row -> new Tuple2<>(row.id(), row));
        var wanted = jsc.broadcast(new HashSet<>(withEvacuations.keys().collect()));
        return withEvacuations
                .leftOuterJoin(entities.filter(a -> wanted.value().contains(a._1())).groupByKey())
                .values()
                .map(doc -> {
                    Map<String, String> iris = new HashMap<>();
                    Map<String, String> labels = new HashMap<>();
                    if (doc._2().isPresent()) {
                        doc._2().get().forEach(a -> {
                            iris.put(a[0], a[1]);
                            labels.put(a[0], a[2]);
                        });
                    }
                    return EvacuationReports.of(doc._1().facts(), iris, labels).stream().map(ReportRow::of).toList();
                })
                .collect().stream()
                .map(rows -> rows.stream().map(ReportRow::report).toList())
                .toList();
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
