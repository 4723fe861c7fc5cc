package org.newsgraph.search;

import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store's text index, kept in step with the store by whoever writes to it. One per store folder and JVM, shared
 * (a server that also builds queries the index its builder writes).
 * <p>
 * The index is derived data, like a cache: each document graph's entries go in together with a stamp entry holding
 * the document's content hash, in one Lucene commit made after the store's own commit. A process killed between
 * the two commits, or before either, leaves an index that disagrees with the store on some documents; the next
 * process to open the index compares the stamps with the store's content hashes and re-indexes exactly the
 * documents that differ, so search and store agree again without a rebuild, as TDB2 replays or drops its
 * interrupted transaction.
 */
public final class StoreTextIndex {

    private static final Logger log = LoggerFactory.getLogger(StoreTextIndex.class);
    /** Past this many documents to (re)index, say so: on a large store it takes seconds. */
    private static final int ANNOUNCED_WORK = 200;

    private static final Map<Path, StoreTextIndex> OPEN = new HashMap<>();

    private final Path storeFolder;
    private final TextIndexLucene index;
    private int users;

    private StoreTextIndex(Path storeFolder, TextIndexLucene index) {
        this.storeFolder = storeFolder;
        this.index = index;
    }

    /**
     * Opens the text index of the store folder for writing, creating it when missing; empty when another process
     * holds it (a build or server, which keeps it in step itself). Pair with {@link #release}.
     */
    public static Optional<StoreTextIndex> acquire(Path storeFolder) {
        Path folder = canonical(storeFolder);
        synchronized (OPEN) {
            StoreTextIndex shared = OPEN.get(folder);
            if (shared == null) {
                Optional<TextIndexLucene> opened = openLucene(SearchSchema.indexFolder(folder));
                if (opened.isEmpty()) {
                    return Optional.empty();
                }
                shared = new StoreTextIndex(folder, opened.get());
                OPEN.put(folder, shared);
            }
            shared.users++;
            return Optional.of(shared);
        }
    }

    private static Optional<TextIndexLucene> openLucene(Path indexFolder) {
        try {
            Files.createDirectories(indexFolder);
            return Optional.of(new TextIndexLucene(FSDirectory.open(indexFolder), SearchSchema.indexConfig()));
        } catch (TextIndexException e) {
            if (e.getCause() instanceof LockObtainFailedException) {
                log.debug("text index {} is held by another process", indexFolder);
                return Optional.empty();
            }
            throw new SearchException("cannot open the search index " + indexFolder + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SearchException("cannot open the search index " + indexFolder + ": " + e.getMessage(), e);
        }
    }

    /**
     * For a process that writes the store: the index, brought in step with what the store holds now, or null when
     * it cannot be had (then searches see it as it was, until the next writer repairs it). Never fails the write.
     */
    public static StoreTextIndex keepInStep(Path storeFolder, DatasetGraph dsg) {
        StoreTextIndex index;
        try {
            index = acquire(storeFolder).orElse(null);
        } catch (SearchException e) {
            log.warn("newsgraph: {}; search will not see this run's changes", e.getMessage());
            return null;
        }
        if (index == null) {
            log.warn("newsgraph: the search index of {} is held by another process; search will not see this run's "
                    + "changes until the next build", storeFolder);
            return null;
        }
        afterChange(index, dsg, null);
        return index;
    }

    /**
     * After the store committed a change to {@code documentIds} (all documents when null): the index follows. A
     * failure is reported and left for the next writer to repair, since the store, not the index, is the record.
     */
    public static void afterChange(StoreTextIndex index, DatasetGraph dsg, Collection<String> documentIds) {
        if (index == null) {
            return;
        }
        try {
            if (documentIds == null) {
                index.reconcile(dsg);
            } else {
                index.update(dsg, documentIds);
            }
        } catch (SearchException | TextIndexException e) {
            log.warn("newsgraph: {}; the next build or search brings the index in step", e.getMessage());
        }
    }

    /** As {@link #afterChange}, for graphs named by IRI (a load). */
    public static void afterLoad(StoreTextIndex index, DatasetGraph dsg, Collection<String> graphs) {
        if (index == null) {
            return;
        }
        try {
            index.updateGraphs(dsg, graphs);
        } catch (SearchException | TextIndexException e) {
            log.warn("newsgraph: {}; the next build or search brings the index in step", e.getMessage());
        }
    }

    /** Null-safe {@link #release}. */
    public static void release(StoreTextIndex index) {
        if (index != null) {
            index.release();
        }
    }

    /** Jena's view of the index, for {@code text:query}. */
    public TextIndex textIndex() {
        return index;
    }

    /** Brings the whole index in step with the store: re-indexes exactly the documents whose stamps differ. */
    public void reconcile(DatasetGraph dsg) {
        synchronized (this) {
            inRead(dsg, () -> {
                Map<String, StoredDocuments.Stored> stored = StoredDocuments.in(dsg);
                Map<String, String> indexed = indexedStamps();
                IndexWriter writer = index.getIndexWriter();
                int changed = 0;
                for (Map.Entry<String, String> entry : indexed.entrySet()) {
                    StoredDocuments.Stored document = stored.get(entry.getKey());
                    if (document == null || !document.stamp().equals(entry.getValue())) {
                        writer.deleteDocuments(new Term(SearchSchema.GRAPH, entry.getKey()));
                        changed++;
                    }
                }
                List<StoredDocuments.Stored> missing = stored.values().stream()
                        .filter(document -> !document.stamp().equals(indexed.get(document.graph().getURI())))
                        .toList();
                if (missing.size() >= ANNOUNCED_WORK) {
                    log.info("newsgraph: indexing {} documents of {} for search", missing.size(), storeFolder);
                }
                for (StoredDocuments.Stored document : missing) {
                    writer.addDocuments(IndexEntries.of(document, dsg.getGraph(document.graph())));
                }
                changed += missing.size();
                if (changed > 0) {
                    writer.commit();
                    log.debug("search index of {}: {} documents brought in step", storeFolder, changed);
                }
            });
        }
    }

    /** Re-indexes the given documents as the store now holds them (none, when they were removed). */
    public void update(DatasetGraph dsg, Collection<String> documentIds) {
        synchronized (this) {
            inRead(dsg, () -> {
                IndexWriter writer = index.getIndexWriter();
                for (String id : documentIds) {
                    writer.deleteDocuments(new Term(SearchSchema.DOCUMENT, id));
                }
                for (StoredDocuments.Stored document : StoredDocuments.withIds(dsg, documentIds).values()) {
                    writer.addDocuments(IndexEntries.of(document, dsg.getGraph(document.graph())));
                }
                writer.commit();
            });
        }
    }

    /**
     * Re-indexes the given document graphs (IRIs) as the store now holds them: after a load, which may replace a
     * graph by one with the same content hash but new blank nodes.
     */
    public void updateGraphs(DatasetGraph dsg, Collection<String> graphs) {
        synchronized (this) {
            inRead(dsg, () -> {
                IndexWriter writer = index.getIndexWriter();
                for (String graph : graphs) {
                    writer.deleteDocuments(new Term(SearchSchema.GRAPH, graph));
                }
                for (StoredDocuments.Stored document : StoredDocuments.inGraphs(dsg, graphs).values()) {
                    writer.addDocuments(IndexEntries.of(document, dsg.getGraph(document.graph())));
                }
                writer.commit();
            });
        }
    }

    /** Graph name to stamp, for every document graph in the index (uncommitted changes included). */
    private Map<String, String> indexedStamps() throws IOException {
        Map<String, String> stamps = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(index.getIndexWriter())) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery stampEntries = new TermQuery(new Term(SearchSchema.KIND, SearchSchema.STAMP_KIND));
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(stampEntries, Math.max(1, reader.maxDoc())).scoreDocs) {
                Document stamp = fields.document(hit.doc);
                stamps.put(stamp.get(SearchSchema.GRAPH), stamp.get(SearchSchema.STAMP));
            }
        }
        return stamps;
    }

    private interface IndexWork {
        void run() throws IOException;
    }

    /** Runs in the caller's transaction when it has one, else in a read transaction of its own. */
    private void inRead(DatasetGraph dsg, IndexWork work) {
        Runnable action = () -> {
            try {
                work.run();
            } catch (IOException e) {
                throw new SearchException("cannot update the search index of " + storeFolder + ": "
                        + e.getMessage(), e);
            }
        };
        if (dsg.isInTransaction()) {
            action.run();
        } else {
            Txn.executeRead(dsg, action);
        }
    }

    /** Lets go of the index; the last user of the folder in this JVM closes it, which frees it for others. */
    public void release() {
        synchronized (OPEN) {
            if (--users > 0) {
                return;
            }
            OPEN.remove(storeFolder);
            try {
                index.close();
                index.getDirectory().close();
            } catch (TextIndexException | IOException e) {
                log.warn("newsgraph: could not close the search index of {}: {}", storeFolder, e.getMessage());
            }
        }
    }

    private static Path canonical(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new SearchException("cannot open store " + folder + ": " + e.getMessage(), e);
        }
    }
}
