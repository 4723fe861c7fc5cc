package org.newsgraph.spark;

import org.newsgraph.build.DocumentProcessor;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.syndication.MinHash;
import org.newsgraph.rdf.DocumentRecord;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One document after annotation and extraction: what its graph needs besides the resolved IRIs and its story, with
 * the facts as JSON, its MinHash sketch (encoded) for the story and, for a document taken out of a web page, its text.
 * A document that could not be annotated keeps only its id, origin and the problem.
 */
record ExtractedRow(String id, String title, String source, String date, String contentHash, int sentences,
                    String factsJson, String sketch, String pageText, String origin, String problem)
        implements Serializable {

    static ExtractedRow of(DocumentProcessor.Extracted e, String origin) {
        Document d = e.document();
        return new ExtractedRow(d.id(), d.title(), d.source(), d.date() == null ? null : d.date().toString(),
                e.contentHash(), e.sentences(), FactsJson.write(e.facts()),
                MinHash.encode(MinHash.sketch(d.nlpText())), d.textDerived() ? d.text() : null, origin, null);
    }

    static ExtractedRow failed(String id, String origin, String problem) {
        return new ExtractedRow(id, null, null, null, null, 0, null, null, null, origin, problem);
    }

    boolean ok() {
        return problem == null;
    }

    LocalDate localDate() {
        return date == null ? null : LocalDate.parse(date);
    }

    DocumentFacts facts() {
        return FactsJson.facts(factsJson);
    }

    DocumentRecord record() {
        return new DocumentRecord(id, title, source, localDate(), contentHash, sentences);
    }
}
