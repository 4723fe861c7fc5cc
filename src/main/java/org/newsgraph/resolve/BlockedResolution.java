package org.newsgraph.resolve;

import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.LocalEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity resolution split into independent blocks, with the same outcome as one {@link EntityResolver} run over the
 * documents in corpus order (date, then id) from an empty store. Named mentions are grouped by the connected
 * components of their {@link MentionKeys blocking keys}; each block is replayed in corpus order by its own resolver.
 * Minted IRIs are then compared across blocks: when two blocks minted the same one (the sequential resolver would
 * have numbered the second), the blocks are merged and replayed. Resolutions are matched by date windows over the
 * whole corpus and are few, so they are replayed in one pass, after the named mentions gave their drafters' IRIs;
 * evacuations likewise, after the named mentions gave their origins' IRIs.
 *
 * <p>The steps are public so that a distributed engine can run them on its own partitions; {@link #resolveAll}
 * runs them in memory.
 */
public final class BlockedResolution {

    /** One mention, positioned in the corpus by its document's date and id and its place in the document. */
    public record Mention(String documentId, LocalDate date, int index, LocalEntity entity) {}

    /** What a mention resolved to. */
    public record Assignment(String documentId, String key, String iri, String label) {}

    /** A block's assignments and the IRIs its resolver minted. */
    public record BlockOutcome(List<Assignment> assignments, Set<String> mintedIris) {}

    /** The order the sequential build resolves in: documents by date (undated first), then id; within, entity order. */
    public static final Comparator<Mention> CORPUS_ORDER =
            Comparator.comparing((Mention m) -> Optional.ofNullable(m.date()).orElse(LocalDate.MIN))
                    .thenComparing(Mention::documentId)
                    .thenComparingInt(Mention::index);

    private BlockedResolution() {
    }

    /** The named mentions of a document, with their place in it. */
    public static List<Mention> namedMentions(DocumentFacts document) {
        return mentions(document, true);
    }

    /** The resolution mentions of a document, with their place in it. */
    public static List<Mention> resolutionMentions(DocumentFacts document) {
        return mentions(document, false);
    }

    private static List<Mention> mentions(DocumentFacts document, boolean named) {
        List<Mention> mentions = new ArrayList<>();
        List<LocalEntity> entities = document.entities();
        for (int i = 0; i < entities.size(); i++) {
            LocalEntity e = entities.get(i);
            if (named ? EntityResolver.isNamed(e) : e.kind() == EntityKind.RESOLUTION) {
                mentions.add(new Mention(document.documentId(), document.date(), i, e));
            }
        }
        return mentions;
    }

    /** Links all keys of one mention, so that they name one block. */
    public static void link(Set<String> keys, KeyComponents components) {
        Iterator<String> it = keys.iterator();
        String first = it.next();
        it.forEachRemaining(key -> components.union(first, key));
    }

    /** Replays one block of named mentions in corpus order with a fresh resolver. */
    public static BlockOutcome replayNamed(List<Mention> block) {
        List<Mention> ordered = new ArrayList<>(block);
        ordered.sort(CORPUS_ORDER);
        EntityResolver resolver = new EntityResolver(List.of());
        List<Assignment> assignments = new ArrayList<>(ordered.size());
        for (Mention m : ordered) {
            KnownEntity entity = resolver.resolveNamed(m.entity());
            assignments.add(new Assignment(m.documentId(), m.entity().key(), entity.iri(), entity.label()));
        }
        return new BlockOutcome(assignments, Set.copyOf(resolver.mintedIris()));
    }

    /**
     * Replays every resolution mention of the corpus in corpus order; {@code actorIris} gives, per document id,
     * the IRIs its named mentions resolved to (by local key), which is all a resolution's drafters need.
     */
    public static List<Assignment> replayResolutions(List<Mention> mentions,
                                                     Map<String, Map<String, String>> actorIris) {
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(CORPUS_ORDER);
        EntityResolver resolver = new EntityResolver(List.of());
        List<Assignment> assignments = new ArrayList<>(ordered.size());
        for (Mention m : ordered) {
            KnownEntity entity = resolver.resolveResolution(m.date(), m.documentId(), m.entity(),
                    actorIris.getOrDefault(m.documentId(), Map.of()));
            assignments.add(new Assignment(m.documentId(), m.entity().key(), entity.iri(), entity.label()));
        }
        return assignments;
    }

    /**
     * Blocks that minted the same IRI, linked in {@code components} by their representative keys; returns whether
     * any were, in which case the merged blocks must be replayed.
     */
    public static boolean mergeCollisions(Map<String, ? extends Set<String>> mintedByBlock, KeyComponents components) {
        Map<String, String> blockByIri = new HashMap<>();
        boolean merged = false;
        for (Map.Entry<String, ? extends Set<String>> block : new TreeMap<>(mintedByBlock).entrySet()) {
            for (String iri : block.getValue()) {
                String other = blockByIri.putIfAbsent(iri, block.getKey());
                if (other != null && !other.equals(block.getKey())) {
                    merged |= components.union(other, block.getKey());
                }
            }
        }
        return merged;
    }

    /** The whole procedure in memory: each document's entities resolved as the sequential resolver would. */
    public static Map<String, ResolvedDocument> resolveAll(List<DocumentFacts> documents) {
        List<Mention> named = new ArrayList<>();
        List<Mention> resolutions = new ArrayList<>();
        documents.forEach(d -> {
            named.addAll(namedMentions(d));
            resolutions.addAll(resolutionMentions(d));
        });
        KeyComponents components = new KeyComponents();
        Map<Mention, String> firstKey = new HashMap<>();
        for (Mention m : named) {
            Set<String> keys = MentionKeys.named(m.entity());
            link(keys, components);
            firstKey.put(m, keys.iterator().next());
        }
        Map<String, List<Assignment>> assignmentsByBlock;
        while (true) {
            Map<String, List<Mention>> blocks = new LinkedHashMap<>();
            named.forEach(m -> blocks.computeIfAbsent(components.root(firstKey.get(m)), k -> new ArrayList<>()).add(m));
            Map<String, Set<String>> minted = new HashMap<>();
            assignmentsByBlock = new HashMap<>();
            for (Map.Entry<String, List<Mention>> block : blocks.entrySet()) {
                BlockOutcome outcome = replayNamed(block.getValue());
                minted.put(block.getKey(), outcome.mintedIris());
                assignmentsByBlock.put(block.getKey(), outcome.assignments());
            }
            if (!mergeCollisions(minted, components)) {
                break;
            }
        }
        Map<String, Map<String, KnownEntity>> resolvedByDocument = new HashMap<>();
        Map<String, Map<String, String>> actorIris = new HashMap<>();
        assignmentsByBlock.values().forEach(list -> list.forEach(a -> {
            resolvedByDocument.computeIfAbsent(a.documentId(), k -> new HashMap<>()).put(a.key(), asEntity(a));
            actorIris.computeIfAbsent(a.documentId(), k -> new HashMap<>()).put(a.key(), a.iri());
        }));
        replayResolutions(resolutions, actorIris).forEach(a ->
                resolvedByDocument.computeIfAbsent(a.documentId(), k -> new HashMap<>()).put(a.key(), asEntity(a)));
        replayEvacuations(documents, resolvedByDocument);
        Map<String, ResolvedDocument> resolved = new LinkedHashMap<>();
        for (DocumentFacts document : documents) {
            resolved.put(document.documentId(), EntityResolver.assemble(document,
                    resolvedByDocument.getOrDefault(document.documentId(), Map.of())));
        }
        return resolved;
    }

    /**
     * Replays every evacuation of the corpus in corpus order, once the named entities and resolutions of each document
     * are in {@code resolvedByDocument} (by document id, then local key); adds the evacuations there.
     */
    public static void replayEvacuations(List<DocumentFacts> documents,
                                         Map<String, Map<String, KnownEntity>> resolvedByDocument) {
        List<List<EvacuationIdentity.Report>> reports = new ArrayList<>();
        for (DocumentFacts document : documents) {
            Map<String, String> iris = new HashMap<>();
            Map<String, String> labels = new HashMap<>();
            resolvedByDocument.getOrDefault(document.documentId(), Map.of()).forEach((key, entity) -> {
                iris.put(key, entity.iri());
                labels.put(key, entity.label());
            });
            reports.add(EvacuationReports.of(document, iris, labels));
        }
        replayEvacuationReports(reports).forEach(a ->
                resolvedByDocument.computeIfAbsent(a.documentId(), k -> new HashMap<>()).put(a.key(), asEntity(a)));
    }

    /**
     * Places the corpus's evacuation reports in their operations, documents in corpus order (date, then id). Each list
     * is one document's reports in its own order, as {@link EvacuationReports#of} gives them once the document's
     * named entities are resolved: a distributed engine builds them where the documents are and replays only them.
     * Every decision depends on all earlier reports, so this is one pass; evacuations are few.
     */
    public static List<Assignment> replayEvacuationReports(
            Collection<List<EvacuationIdentity.Report>> reportsByDocument) {
        List<List<EvacuationIdentity.Report>> ordered = new ArrayList<>();
        reportsByDocument.stream().filter(reports -> !reports.isEmpty()).forEach(ordered::add);
        ordered.sort(Comparator.comparing((List<EvacuationIdentity.Report> reports) ->
                        Optional.ofNullable(reports.get(0).date()).orElse(LocalDate.MIN))
                .thenComparing(reports -> reports.get(0).documentId()));
        EvacuationIdentity evacuations = new EvacuationIdentity(List.of());
        List<Assignment> assignments = new ArrayList<>();
        for (List<EvacuationIdentity.Report> reports : ordered) {
            for (EvacuationIdentity.Report report : reports) {
                EvacuationIdentity.KnownEvacuation operation = evacuations.resolve(report);
                assignments.add(new Assignment(report.documentId(), report.key(), operation.iri(), operation.label()));
            }
        }
        return assignments;
    }

    /** Only iri and label of an assignment matter to {@link EntityResolver#assemble}. */
    public static KnownEntity asEntity(Assignment a) {
        return new KnownEntity(a.iri(), null, a.label(), Set.of(), null, null, null);
    }
}
