package org.newsgraph.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Searches a store's text index: Lucene's classic query syntax over sentences, quotes and names, ranked by BM25,
 * filtered by entity type and document date, hits grouped so that a sentence proving three facts, or a name
 * repeated in a hundred documents, is one hit. Reads only the index (a reader needs no lock), so it runs while a
 * build writes; what it reads is the last commit, which a build makes right after each of its store commits.
 */
public final class TextSearch implements AutoCloseable {

    /** Hits fetched per hit asked for, before grouping: names repeat once per document that mentions them. */
    private static final int FETCHED_PER_HIT = 50;
    private static final int MIN_FETCHED = 1000;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private TextSearch(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the index of the store folder; fails when the store has none yet. */
    public static TextSearch open(Path storeFolder) {
        Path folder = SearchSchema.indexFolder(storeFolder);
        try {
            if (!Files.isDirectory(folder)) {
                throw new SearchException("store " + storeFolder + " has no search index yet; run 'newsgraph build' "
                        + "or 'newsgraph search' with write access to the store once to make it");
            }
            Directory directory = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new SearchException("store " + storeFolder + " has no search index yet");
            }
            return new TextSearch(directory, DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new SearchException("cannot read the search index of " + storeFolder + ": " + e.getMessage(), e);
        }
    }

    public List<SearchHit> search(SearchRequest request) {
        Query query = query(request);
        int fetched = Math.max(1, Math.min(reader.maxDoc(), Math.max(MIN_FETCHED, request.limit() * FETCHED_PER_HIT)));
        try {
            ScoreDoc[] found = searcher.search(query, fetched).scoreDocs;
            StoredFields fields = searcher.storedFields();
            Map<String, Group> groups = new LinkedHashMap<>();
            for (ScoreDoc hit : found) {
                Document entry = fields.document(hit.doc);
                String field = textField(entry);
                if (field == null) {
                    continue;
                }
                String text = entry.get(field);
                String key = field.equals(SearchSchema.LABEL)
                        ? field + "\u0000" + entry.get(SearchSchema.ENTITY)
                        : field + "\u0000" + entry.get(SearchSchema.DOCUMENT) + "\u0000" + text;
                groups.computeIfAbsent(key, unused -> new Group(hit.score, field, text, entry.get(SearchSchema.ENTITY)))
                        .add(entry);
            }
            return groups.values().stream()
                    .map(Group::hit)
                    .sorted(Comparator.comparing(SearchHit::score).reversed()
                            .thenComparing(SearchHit::date, Comparator.reverseOrder())
                            .thenComparing(SearchHit::document)
                            .thenComparing(SearchHit::text))
                    .limit(request.limit())
                    .toList();
        } catch (IOException e) {
            throw new SearchException("cannot read the search index: " + e.getMessage(), e);
        }
    }

    /** Documents in the index with at least one entry, for checks against the store. */
    public Set<String> indexedDocuments() {
        Set<String> documents = new TreeSet<>();
        try {
            Query stamps = new TermQuery(new Term(SearchSchema.KIND, SearchSchema.STAMP_KIND));
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(stamps, Math.max(1, reader.maxDoc())).scoreDocs) {
                documents.add(fields.document(hit.doc).get(SearchSchema.DOCUMENT));
            }
        } catch (IOException e) {
            throw new SearchException("cannot read the search index: " + e.getMessage(), e);
        }
        return documents;
    }

    private static Query query(SearchRequest request) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(request.fields().toArray(String[]::new),
                SearchSchema.analyzer());
        parser.setAllowLeadingWildcard(true);
        Query text;
        try {
            text = parser.parse(request.query());
        } catch (ParseException | RuntimeException e) {
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new SearchException("cannot read the search '" + request.query() + "': " + reason
                    + " (Lucene query syntax: quote phrases, escape special characters with \\)", e);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (!request.types().isEmpty()) {
            BooleanQuery.Builder types = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
            request.types().forEach(type -> types.add(new TermQuery(new Term(SearchSchema.TYPE, type)),
                    BooleanClause.Occur.SHOULD));
            query.add(types.build(), BooleanClause.Occur.FILTER);
        }
        if (request.since() != null || request.until() != null) {
            // Undated documents have an empty date, which sorts before every date and so never passes.
            String lower = request.since() == null ? "0" : request.since().toString();
            String upper = request.until() == null ? null : request.until().toString();
            query.add(TermRangeQuery.newStringRange(SearchSchema.DATE, lower, upper, true, true),
                    BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private static String textField(Document entry) {
        for (String field : SearchSchema.TEXT_FIELDS) {
            if (entry.get(field) != null) {
                return field;
            }
        }
        return null;
    }

    /** The entries that make one hit. */
    private static final class Group {
        private final float score;
        private final String field;
        private final String text;
        private final String entity;
        private final Set<String> entities = new LinkedHashSet<>();
        private final Set<String> facts = new LinkedHashSet<>();
        private final Set<String> types = new LinkedHashSet<>();
        /** date + NUL + document id, newest first. */
        private final Set<String> documents = new TreeSet<>(Comparator.reverseOrder());

        Group(float score, String field, String text, String entity) {
            this.score = score;
            this.field = field;
            this.text = text;
            this.entity = entity;
        }

        void add(Document entry) {
            String named = entry.get(SearchSchema.ENTITIES);
            if (named != null && !named.isEmpty()) {
                entities.addAll(Arrays.asList(named.split("; ")));
            }
            String fact = entry.get(SearchSchema.FACT);
            if (fact != null && !fact.isEmpty()) {
                facts.add(fact);
            }
            types.addAll(Arrays.asList(entry.getValues(SearchSchema.TYPE)));
            documents.add(entry.get(SearchSchema.DATE) + "\u0000" + entry.get(SearchSchema.DOCUMENT));
        }

        SearchHit hit() {
            List<String> ids = new ArrayList<>();
            documents.forEach(dated -> ids.add(dated.substring(dated.indexOf('\u0000') + 1)));
            String newest = documents.iterator().next();
            return new SearchHit(score, field, text, entity, List.copyOf(entities), List.copyOf(facts), ids.get(0),
                    newest.substring(0, newest.indexOf('\u0000')), List.copyOf(ids), List.copyOf(types));
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new SearchException("cannot close the search index: " + e.getMessage(), e);
        }
    }
}
