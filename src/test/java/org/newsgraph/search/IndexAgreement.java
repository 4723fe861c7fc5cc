package org.newsgraph.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.newsgraph.store.GraphStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the text index of a store holds, entry by entry, against what indexing the store as it now is would give:
 * equal lists mean search and store agree.
 */
public final class IndexAgreement {

    private IndexAgreement() {
    }

    /** The entries indexing the store's documents afresh would make, each as one line, sorted. */
    public static List<String> expected(Path store) {
        try (GraphStore reading = GraphStore.openForReading(store)) {
            return reading.read(dataset -> {
                List<String> lines = new ArrayList<>();
                StoredDocuments.in(dataset.asDatasetGraph()).values().forEach(document ->
                        IndexEntries.of(document, dataset.asDatasetGraph().getGraph(document.graph()))
                                .forEach(entry -> lines.add(line(entry))));
                Collections.sort(lines);
                return lines;
            });
        }
    }

    /** The entries of the index as committed, each as one line, sorted; read without any lock, as search does. */
    public static List<String> indexed(Path store) {
        List<String> lines = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(SearchSchema.indexFolder(store));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        lines.add(line(fields.document(doc)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.sort(lines);
        return lines;
    }

    /** The stored fields of an entry, in a fixed order. */
    private static String line(Document entry) {
        List<String> parts = new ArrayList<>();
        for (IndexableField field : entry.getFields()) {
            if (field.fieldType().stored()) {
                parts.add(field.name() + "=" + field.stringValue());
            }
        }
        Collections.sort(parts);
        return String.join(" | ", parts);
    }
}
