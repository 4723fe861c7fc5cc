package org.newsgraph.ingest.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's own statements about its article, most explicit first: schema.org JSON-LD ({@code NewsArticle} and its
 * kin), then OpenGraph and {@code article:*} properties, then plain {@code <meta>} names, then {@code <time>}
 * elements and the {@code <title>}.
 */
final class PageMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.regex.Pattern TITLE_SEPARATOR =
            java.util.regex.Pattern.compile("\\s+(?:\\||::|-|\u2013|\u2014|\u00bb|\u00b7)\\s+");

    /** schema.org types of a news item; anything ending in "Article" (ReportageNewsArticle, ...) counts too. */
    private static final Set<String> ARTICLE_TYPES = Set.of("liveblogposting", "blogposting", "report");

    private static final List<String> DATE_META = List.of("article:published_time", "date", "pubdate",
            "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date",
            "og:published_time", "sailthru.date", "parsely-pub-date");

    private PageMetadata() {
    }

    record Found(String title, String published, String author, String canonicalUrl, String publisher) {
    }

    static Found of(Document page) {
        JsonNode article = jsonLdArticle(page);
        String title = first(text(article, "headline"), meta(page, "og:title"), meta(page, "twitter:title"),
                titleElement(page));
        String published = first(text(article, "datePublished"), text(article, "dateCreated"), dateMeta(page),
                timeElement(page));
        String author = first(names(article == null ? null : article.get("author")), meta(page, "article:author"),
                meta(page, "author"));
        String canonical = first(url(article), linkCanonical(page), meta(page, "og:url"));
        String publisher = first(names(article == null ? null : article.get("publisher")),
                meta(page, "og:site_name"), meta(page, "application-name"));
        return new Found(title, published, author, canonical, publisher);
    }

    private static JsonNode jsonLdArticle(Document page) {
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (JsonProcessingException e) {
                // Broken JSON-LD is common; the other sources still apply.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.get("@type"))) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText().toLowerCase(Locale.ROOT);
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith("article") || ARTICLE_TYPES.contains(name);
    }

    private static String text(JsonNode node, String field) {
        if (node == null || node.get(field) == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value.isArray()) {
            value = value.isEmpty() ? null : value.get(0);
        }
        return value == null || !value.isValueNode() ? null : blankToNull(value.asText());
    }

    /** A person or organisation, a list of them, or a plain name. */
    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        for (JsonNode item : items) {
            String name = item.isValueNode() ? blankToNull(item.asText()) : text(item, "name");
            if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join("; ", names);
    }

    private static String url(JsonNode article) {
        if (article == null) {
            return null;
        }
        String url = text(article, "url");
        if (url != null) {
            return url;
        }
        JsonNode main = article.get("mainEntityOfPage");
        if (main == null) {
            return null;
        }
        return main.isValueNode() ? blankToNull(main.asText()) : first(text(main, "@id"), text(main, "url"));
    }

    private static String meta(Document page, String name) {
        for (Element meta : page.select("meta[content]")) {
            String key = first(blankToNull(meta.attr("property")), blankToNull(meta.attr("name")),
                    blankToNull(meta.attr("itemprop")));
            if (key != null && key.equalsIgnoreCase(name)) {
                String content = blankToNull(meta.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    /**
     * The {@code <title>} without the site name sites join to it ("Site :: Headline", "Headline | Site"): the
     * longest of the parts between such separators.
     */
    private static String titleElement(Document page) {
        String title = blankToNull(page.title());
        if (title == null) {
            return null;
        }
        String longest = title;
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length > 1) {
            longest = "";
            for (String part : parts) {
                if (part.strip().length() > longest.length()) {
                    longest = part.strip();
                }
            }
        }
        return blankToNull(longest);
    }

    private static String dateMeta(Document page) {
        for (String name : DATE_META) {
            String value = meta(page, name);
            if (value != null) {
                return value;
            }
        }
        return meta(page, "datePublished");
    }

    /** A {@code <time>} marked as the publication time, else the first one with a machine-readable value. */
    private static String timeElement(Document page) {
        Element marked = page.selectFirst("time[pubdate][datetime], time[itemprop=datePublished][datetime]");
        Element time = marked != null ? marked : page.selectFirst("time[datetime]");
        return time == null ? null : blankToNull(time.attr("datetime"));
    }

    private static String linkCanonical(Document page) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        return link == null ? null : blankToNull(link.attr("abs:href").isEmpty() ? link.attr("href")
                : link.attr("abs:href"));
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
