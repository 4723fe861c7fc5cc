package org.newsgraph.spark;

import org.newsgraph.ingest.Document;

import java.io.Serializable;
import java.time.LocalDate;

/** A {@link Document} as Spark ships it between stages (the library's record is not Serializable). */
record ArticleRow(String id, String text, String nlpText, String date, String source, String title, String origin,
                  boolean textDerived) implements Serializable {

    static ArticleRow of(Document d, String origin) {
        return new ArticleRow(d.id(), d.text(), d.nlpText(), d.date() == null ? null : d.date().toString(),
                d.source(), d.title(), origin, d.textDerived());
    }

    Document toDocument() {
        return new Document(id, text, nlpText, date == null ? null : LocalDate.parse(date), source, title, origin,
                textDerived);
    }
}
