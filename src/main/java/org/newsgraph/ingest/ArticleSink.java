package org.newsgraph.ingest;

/** Where readers deliver articles and report what went wrong, so no reader ever throws for bad input. */
interface ArticleSink {

    void article(RawArticle article);

    void problem(String origin, String reason);

    void warning(String origin, String reason);
}
