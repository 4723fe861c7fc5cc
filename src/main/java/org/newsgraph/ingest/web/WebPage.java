package org.newsgraph.ingest.web;

/**
 * What newsgraph reads out of one web page: the article's text, paragraphs separated by a blank line, and what the
 * page says about it. Metadata values are as the page wrote them (dates unparsed); absent ones are null.
 *
 * @param text         the article's main text, or "" when the page has none
 * @param title        headline
 * @param published    publication date or time as written (ISO 8601 in JSON-LD and OpenGraph)
 * @param author       author names, "; "-separated
 * @param canonicalUrl the page's own address as it states it
 * @param publisher    the publishing organisation or site name
 */
public record WebPage(String text, String title, String published, String author, String canonicalUrl,
                      String publisher) {
}
