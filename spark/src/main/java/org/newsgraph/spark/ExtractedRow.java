package org.newsgraph.spark;

import org.newsgraph.build.DocumentProcessor;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.rdf.DocumentRecord;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One document after annotation and extraction: what its graph needs besides the resolved IRIs, with the facts as
 * JSON. A document that could not be annotated keeps only its id, origin and the problem.
 */
record ExtractedRow(String id, String title, String source, String date, String contentHash, int sentences,
                    String factsJson, String origin, String problem) implements Serializable {

    static ExtractedRow of(DocumentProcessor.Extracted e, String origin) {
        return new ExtractedRow(e.document().id(), e.document().title(), e.document().source(),
                e.document().date() == null ? null : e.document().date().toString(), e.contentHash(), e.sentences(),
                FactsJson.write(e.facts()), origin, null);
    }

    static ExtractedRow failed(String id, String origin, String problem) {
        return new ExtractedRow(id, null, null, null, null, 0, null, origin, problem);
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
