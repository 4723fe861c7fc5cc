package org.newsgraph.ingest.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's own text in a page, without navigation, banners, ads, related links or comments. Readability4J (a
 * port of Mozilla's Readability, Firefox's reader view) picks the element holding the article; what it keeps around
 * the story (headline, byline, pictures and their captions, ad labels, share and tag bars, promotions, lists of
 * other stories) is then taken out by the page's structure: elements marked as such by their tag, class or id, and
 * blocks that are mostly links. Chosen over Tika's boilerpipe handler by measurement (docs/web-input.md).
 */
final class MainText {

    /** Page furniture: marked by tag name, whatever the site. */
    private static final String FURNITURE_TAGS = "h1, figure, figcaption, picture, img, video, audio, iframe, "
            + "aside, nav, form, button, input, select, script, style, noscript, template, svg, "
            + "amp-ad, amp-sidebar, amp-consent, amp-img, amp-social-share, amp-iframe";

    /**
     * Class and id words of site furniture (one word of a class, or a part of it between hyphens or underscores):
     * the same kind of signal Readability itself uses to discard candidates, applied inside the kept element.
     */
    private static final Pattern FURNITURE_NAME = Pattern.compile("(?:^|[-_\\s])(?:ad|ads|adslot|advert|"
            + "advertisement|sponsor|sponsored|promo|share|sharing|social|tags?|byline|dateline|meta|related|"
            + "newsletter|signup|subscribe|print|printlink|more|outbrain|taboola|comments?|disqus|discussion|"
            + "caption|credit|"
            + "breadcrumbs?|disclaimer)(?:$|[-_\\s])");

    /** A block with more of its text in links than this is a list of other pages, not the story. */
    private static final double MAX_LINK_SHARE = 0.5;

    /** A paragraph this long is running text rather than a label, a teaser or a one-line comment. */
    private static final int STORY_PARAGRAPH_CHARS = 150;

    private MainText() {
    }

    /** The article's paragraphs, empty when the page has no article text (an index page, a gallery). */
    static List<String> paragraphs(Document page, String url, String title) {
        // Readability rewrites the tree it is given, dropping class names on the way, so furniture goes first;
        // the page itself is still needed for its metadata.
        Document copy = page.clone();
        copy.body().select(FURNITURE_TAGS).remove();
        for (Element element : copy.body().getAllElements()) {
            if (element.parent() != null && isFurnitureByName(element) && !holdsStory(element)) {
                element.remove();
            }
        }
        // Readability resolves relative links against the URL and logs a failure for pages without one.
        String base = url == null || url.isBlank() ? "http://localhost/" : url;
        Element content = new Readability4JExtended(base, copy).parse().getArticleContent();
        if (content == null) {
            return List.of();
        }
        // Readability may move the head's elements into the content it returns.
        content.select("title, meta, link, " + FURNITURE_TAGS).remove();
        String normalisedTitle = title == null ? null : normalise(title);
        // A heading repeating the headline is the page's; a paragraph saying it belongs to the text.
        return Paragraphs.of(content, block -> isMostlyLinks(block) || normalisedTitle != null
                && block.normalName().matches("h[1-6]") && normalise(block.text()).equals(normalisedTitle));
    }

    /**
     * A container named like furniture may still hold the story ("story-meta-wrapper" around the body): one with
     * several paragraphs of running text is kept.
     */
    private static boolean holdsStory(Element element) {
        int longParagraphs = 0;
        for (Element paragraph : element.select("p")) {
            if (paragraph.text().length() >= STORY_PARAGRAPH_CHARS && !isMostlyLinks(paragraph)
                    && ++longParagraphs >= 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFurnitureByName(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return !names.isBlank() && FURNITURE_NAME.matcher(names).find();
    }

    static boolean isMostlyLinks(Element block) {
        int all = block.text().length();
        if (all == 0) {
            return false;
        }
        int linked = 0;
        for (Element link : block.select("a")) {
            linked += link.text().length();
        }
        return linked > MAX_LINK_SHARE * all;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
