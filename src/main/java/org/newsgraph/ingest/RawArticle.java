package org.newsgraph.ingest;

import java.time.LocalDate;

/**
 * An article as read from its file or record, before manifest metadata, dateline and boilerplate masking
 * are applied. Date, source and title are what the record itself carries (CSV/JSONL columns, a page's metadata),
 * else null. {@code fromWebPage}: the text was extracted from HTML, so its language is checked and the store keeps it.
 */
record RawArticle(String id, String text, LocalDate date, String source, String title, String origin,
                  Titles.Fallback titleFallback, boolean fromWebPage) {

    RawArticle(String id, String text, LocalDate date, String source, String title, String origin,
               Titles.Fallback titleFallback) {
        this(id, text, date, source, title, origin, titleFallback, false);
    }
}
