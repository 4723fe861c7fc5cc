package org.newsgraph.ingest;

import java.time.LocalDate;

/**
 * An article as read from its file or record, before manifest metadata, dateline and boilerplate masking
 * are applied. Date, source and title are what the record itself carries (CSV/JSONL columns), else null.
 */
record RawArticle(String id, String text, LocalDate date, String source, String title, String origin,
                  Titles.Fallback titleFallback) {
}
