package org.newsgraph.graph;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML viewer's search box finds evidence sentences as well as names, in headless Chromium, offline. */
class ViewerSentenceSearchTest {

    private static final Pattern SENTENCE_COUNT = Pattern.compile("data-sentence-match-count=\"(\\d+)\"");
    private static final Pattern NAME_COUNT = Pattern.compile("data-match-count=\"(\\d+)\"");

    @TempDir
    static Path temp;

    static Path page;

    @BeforeAll
    static void export() {
        ExternalTool.CHROMIUM.require();
        Path store = GraphFixtures.storeWith(temp.resolve("council-db"), GraphFixtures.COUNCIL);
        page = GraphRun.export(store, temp.resolve("council.html"));
    }

    private static String searchFor(String words) throws IOException {
        Path profile = Files.createTempDirectory(temp, "chromium-profile");
        List<String> command = new ArrayList<>(List.of("/usr/bin/chromium", "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom",
                page.toUri() + "?selftest=" + words.replace(" ", "%20")));
        ExternalTool.Result result = ExternalTool.run(command, null, 120);
        assertEquals(0, result.exitCode(), result.err());
        return result.out();
    }

    private static int count(Pattern pattern, String dom) {
        Matcher matcher = pattern.matcher(dom);
        assertTrue(matcher.find(), "no " + pattern + " in the page");
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void wordsOfASentenceFindItWithItsFact() throws IOException {
        String dom = searchFor("corridor port");
        assertEquals(0, count(NAME_COUNT, dom), "no name holds both words");
        assertEquals(1, count(SENTENCE_COUNT, dom));
        assertTrue(dom.contains("The draft, put forward by Norland, would open a corridor out of Port Vela."),
                "the sentence is listed");
        assertTrue(dom.contains("1 sentence with"), "the list says how many sentences hold the words");
    }

    @Test
    void aSentenceIsListedOnceHoweverManyFactsItProves() throws IOException {
        String dom = searchFor("cannot accept");
        assertEquals(1, count(SENTENCE_COUNT, dom), "one sentence in one article");
        assertEquals(0, count(SENTENCE_COUNT, searchFor("zzzq")));
    }
}
