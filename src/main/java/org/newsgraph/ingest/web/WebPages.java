package org.newsgraph.ingest.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reads web pages into {@link WebPage}s. Stateless and thread-safe. */
public final class WebPages {

    private WebPages() {
    }

    /**
     * Reads a page from its bytes; the character set comes from the bytes (BOM, {@code <meta charset>}), else
     * {@code charset} (from the HTTP header; may be null), else UTF-8.
     *
     * @param url the page's address, for relative links (may be null)
     */
    public static WebPage read(byte[] html, String charset, String url) {
        try {
            return read(Jsoup.parse(new ByteArrayInputStream(html), charset, url == null ? "" : url), url);
        } catch (IOException e) {
            // Reading from memory does not fail; jsoup declares it for streams in general.
            throw new UncheckedIOException(e);
        }
    }

    public static WebPage read(String html, String url) {
        return read(Jsoup.parse(html, url == null ? "" : url), url);
    }

    private static WebPage read(Document page, String url) {
        PageMetadata.Found metadata = PageMetadata.of(page);
        String text = Paragraphs.join(MainText.paragraphs(page, url, metadata.title()));
        return new WebPage(text, metadata.title(), metadata.published(), metadata.author(), metadata.canonicalUrl(),
                metadata.publisher());
    }
}
