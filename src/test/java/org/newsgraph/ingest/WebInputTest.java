package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.ingest.IngestFixtures.collect;
import static org.newsgraph.ingest.IngestFixtures.document;
import static org.newsgraph.ingest.IngestFixtures.ids;
import static org.newsgraph.ingest.IngestFixtures.messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.web.PageTemplates;

/** Saved web pages as input: metadata before datelines, text without page furniture, languages, empty pages. */
class WebInputTest {

    static final String STORY = """
            The harbour board approved a new breakwater on Tuesday after two years of debate.

            Board members voted seven to two for the plan, which will cost about 40 million.
            Work is to start in the spring.

            "This protects the town for the next fifty years," the board's chair said after the vote.""";

    @TempDir
    Path folder;

    @Test
    void everyTemplateGivesTheArticleTextAndItsMetadata() throws IOException {
        for (String template : PageTemplates.NAMES) {
            Path page = folder.resolve(template + "-story.html");
            Files.writeString(page, PageTemplates.wrap(template, STORY, new PageTemplates.PageFacts(
                    "Harbour board backs breakwater", LocalDate.of(2026, 2, 10), "The Daily Example",
                    "Staff Reporter", "https://news.example.test/2026/02/10/harbour-breakwater")));
        }
        IngestResult result = collect(folder);
        assertEquals(List.of(), result.problems(), () -> messages(result.problems()));
        assertEquals(PageTemplates.NAMES.size(), result.documents().size());
        for (Document document : result.documents()) {
            assertEquals(STORY, document.text(), document.id());
            assertEquals("Harbour board backs breakwater", document.title(), document.id());
            assertEquals(LocalDate.of(2026, 2, 10), document.date(), document.id());
            assertTrue(document.textDerived(), document.id());
        }
        assertEquals("The Daily Example", document(result, "newsroom-story").source());
        assertEquals("The Daily Example", document(result, "opengraph-story").source());
    }

    @Test
    void liveBlogEntriesAreParagraphsAndItsJsonLdGivesDateAndPublisher() {
        IngestResult result = collect(IngestFixtures.fixture("web", "liveblog.html"));
        Document live = document(result, "liveblog");
        assertEquals(3, live.text().split("\n\n").length, live.text());
        assertTrue(live.text().startsWith("The port authority said"), live.text());
        assertFalse(live.text().contains("cookies"), live.text());
        assertEquals(LocalDate.of(2026, 2, 11), live.date());
        assertEquals("The Daily Example", live.source());
        assertEquals("Live: harbour storm updates", live.title());
    }

    @Test
    void germanAndFrenchPagesAreSkippedOneLineEach() {
        Path german = IngestFixtures.fixture("web", "german.html");
        Path french = IngestFixtures.fixture("web", "french.html");
        IngestResult result = collect(german, french);
        assertEquals(List.of(), ids(result));
        assertEquals(german + ": not in English (detected 'de'): skipped\n"
                + french + ": not in English (detected 'fr'): skipped", messages(result.problems()));
    }

    @Test
    void aPageWithoutArticleTextIsOneProblem() {
        Path index = IngestFixtures.fixture("web", "section-index.html");
        IngestResult result = collect(index);
        assertEquals(List.of(), ids(result));
        assertEquals(index + ": no article text in the page", messages(result.problems()));
    }

    @Test
    void pageMetadataComesBeforeTheDateline() throws IOException {
        Path page = folder.resolve("dated.html");
        Files.writeString(page, PageTemplates.wrap("opengraph", "LONDON, 3 March 2019 - " + STORY,
                new PageTemplates.PageFacts("Dated", LocalDate.of(2026, 2, 10), "Site", "A", "https://x.test/d")),
                StandardCharsets.UTF_8);
        assertEquals(LocalDate.of(2026, 2, 10), document(collect(page), "dated").date());
    }

    @Test
    void aCsvColumnOfPagesIsReadOnRequest() throws IOException {
        String page = PageTemplates.wrap("amp", STORY, new PageTemplates.PageFacts("Harbour board backs breakwater",
                LocalDate.of(2026, 2, 10), "The Daily Example", "Staff Reporter", "https://x.test/h"));
        Path csv = folder.resolve("pages.csv");
        Files.writeString(csv, "id,text\nharbour,\"" + page.replace("\"", "\"\"") + "\"\n");
        IngestResult result = collect(IngestOptions.defaults().withHtmlText(true), csv);
        assertEquals(List.of(), result.problems(), () -> messages(result.problems()));
        Document harbour = document(result, "harbour");
        assertEquals(STORY, harbour.text());
        assertEquals(LocalDate.of(2026, 2, 10), harbour.date());
        assertEquals("Harbour board backs breakwater", harbour.title());
    }
}
