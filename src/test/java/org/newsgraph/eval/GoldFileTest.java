package org.newsgraph.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading gold and entity-pair files: every form the guidelines allow, and a clear line for each mistake. */
class GoldFileTest {

    @TempDir
    Path temp;

    @Test
    void readsTheMiniGoldWithKeysAlternativesQuotesAndOptionalRows() {
        GoldFile gold = GoldFile.read(EvalFixtures.resource("mini.gold.tsv"));
        assertEquals(List.of("m1", "m2", "m4"), List.copyOf(gold.documents()));
        assertEquals(31, gold.facts().size());

        GoldFact first = gold.facts().get(0);
        assertEquals("m1", first.document());
        assertEquals(3, first.line());
        assertEquals(ScoredPredicate.DRAFTED, first.scoredPredicate());
        assertFalse(first.optional());
        Term.Entity key = (Term.Entity) first.object();
        assertEquals(List.of(), key.names());
        assertEquals(new EntityKey(EntityKey.Kind.RESOLUTION, EntityKey.Attribute.DRAFTER, List.of("Syldavia"),
                "Resolution[drafter=Syldavia]"), key.keys().get(0));

        GoldFact vote = row(gold, "votedFor");
        assertEquals(List.of("Syldavia", "Genovia"), ((Term.Entity) vote.object()).keys().get(0).values());

        GoldFact optional = row(gold, "supports");
        assertTrue(optional.optional());
        assertEquals("Genovia ?supports Resolution[drafter=Syldavia]", optional.describe());

        GoldFact facilitated = row(gold, "facilitatedBy");
        assertEquals(List.of("Harbour Relief Society", "HRS"), ((Term.Entity) facilitated.object()).names());

        GoldFact quote = row(gold, "said");
        assertEquals("We will not let", ((Term.Quote) quote.object()).snippet());

        GoldFact status = gold.facts().stream().filter(f -> f.object() instanceof Term.Status).findFirst()
                .orElseThrow();
        assertEquals(List.of("vetoed"), ((Term.Status) status.object()).values());

        GoldFact considered = row(gold, "consideredBy");
        assertTrue(considered.optional());
        assertTrue(considered.scored().isEmpty());

        Term.Entity any = (Term.Entity) gold.factsOf("m4").get(0).object();
        assertEquals(EntityKey.Attribute.ANY, any.keys().get(0).attribute());
    }

    @Test
    void readsTheSeedGold() {
        GoldFile gold = GoldFile.read(Path.of("eval/seeds.gold.tsv"));
        assertEquals(5, gold.documents().size());
        assertTrue(gold.facts().size() > 80, () -> "rows: " + gold.facts().size());
        EntityPairs pairs = EntityPairs.read(Path.of("eval/seeds.entities.tsv"));
        assertTrue(pairs.pairs().size() > 30);
    }

    @Test
    void reportsEveryBadLineOfAGoldFileWithItsLineNumber() {
        Path file = EvalFixtures.resource("bad-gold.tsv");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldFile.read(file));
        String prefix = file + ":";
        List<Integer> lines = e.problems().stream()
                .map(p -> Integer.parseInt(p.substring(prefix.length(), p.indexOf(':', prefix.length()))))
                .toList();
        assertEquals(List.of(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14), lines);
        assertTrue(e.getMessage().startsWith(file + ":4: expected 4 tab-separated fields"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(and 10 more bad lines)"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    /** Rows use > for a tab, so | keeps its meaning; ` quotes nothing that occurs in them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            m1 Syldavia drafted Resolution[*]                          ; separated by spaces instead of tabs
            m1>Syldavia>drafted                                        ; expected 4 tab-separated fields
            m1>Syldavia>suports>Resolution[*]                          ; unknown predicate 'suports'
            m1>Resolution[*]>consideredBy>Council of Realms            ; 'consideredBy' is not scored
            m1>Syldavia>drafted>Resolution[drafter Syldavia]           ; needs ATTRIBUTE=VALUE
            m1>Syldavia>drafted>Resolution[from=Old Harbour]           ; Resolution keys take drafter= or number=
            m1>Syldavia>drafted>Evacuation[drafter=Genovia]            ; Evacuation keys take from=
            m1>Syldavia>drafted>Treaty[drafter=Genovia]                ; malformed key
            m1>Mira Kestrel>said>We cannot accept it                   ; expected a quoted snippet
            m1>Mira Kestrel>said>""                                    ; empty quote snippet
            m1>"We cannot accept it">represents>Syldavia               ; only the object of 'said'
            m1>Evacuation[*]>status>halted                             ; unknown status 'halted'
            m1>Resolution[*]>status>draft                              ; 'draft' is not scored
            m1>Syldavia||Borduria>opposes>Resolution[*]                ; empty alternative
            m1>Syldavia>opposes>Resolution[drafter=Syldavia||Genovia]  ; empty alternative
            m1>Syldavia>opposes>Resolution[drafter=]                   ; empty alternative
            m1>Syldavia>?>Resolution[*]                                ; malformed predicate
            m1>>supports>Resolution[*]                                 ; the subject field is empty
            """)
    void explainsABadGoldLine(String row, String expected) throws IOException {
        Path file = temp.resolve("gold.tsv");
        Files.writeString(file, "# a comment\n" + row.replace('>', '\t') + "\n", StandardCharsets.UTF_8);
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldFile.read(file));
        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void toleratesCarriageReturnsTrailingTabsAByteOrderMarkAndBlankLines() throws IOException {
        Path file = temp.resolve("gold.tsv");
        Files.writeString(file, "\uFEFF# comment\r\n\r\nm1\tSyldavia\tdrafted\tResolution[*]\t\r\n   \n",
                StandardCharsets.UTF_8);
        GoldFile gold = GoldFile.read(file);
        assertEquals(1, gold.facts().size());
        assertEquals(3, gold.facts().get(0).line());
    }

    @Test
    void refusesTextThatIsNotUtf8() throws IOException {
        Path file = temp.resolve("gold.tsv");
        Files.write(file, new byte[]{'m', '1', '\t', (byte) 0xE9, '\t', 'd', '\t', 'x', '\n'});
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> GoldFile.read(file));
        assertEquals(file + ": not UTF-8 text", e.getMessage());
    }

    @Test
    void readsEntityPairsWithKeysAtDocuments() {
        EntityPairs pairs = EntityPairs.read(EvalFixtures.resource("mini.entities.tsv"));
        assertEquals(11, pairs.pairs().size());
        EntityPair first = pairs.pairs().get(0);
        assertEquals(EntityPair.Kind.SAME, first.kind());
        assertEquals(List.of("Syldavia"), first.first().term().names());
        assertEquals(null, first.first().document());

        EntityPair keyed = pairs.pairs().stream().filter(p -> p.first().document() != null).findFirst().orElseThrow();
        assertEquals("m1", keyed.first().document());
        assertEquals("m3", keyed.second().document());
        assertEquals(EntityKey.Attribute.ANY, keyed.second().term().keys().get(0).attribute());
    }

    @Test
    void reportsEveryBadLineOfAnEntityPairFile() {
        Path file = EvalFixtures.resource("bad-entities.tsv");
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> EntityPairs.read(file));
        assertEquals(3, e.problems().size(), e.problems()::toString);
        assertTrue(e.problems().get(0).startsWith(file + ":3: unknown kind 'alike'"), e.problems()::toString);
        assertTrue(e.problems().get(1).startsWith(file + ":4: 'Resolution[*]' is a key"), e.problems()::toString);
        assertTrue(e.problems().get(2).startsWith(file + ":5: expected 3 tab-separated fields"),
                e.problems()::toString);
    }

    private static GoldFact row(GoldFile gold, String predicate) {
        return gold.facts().stream().filter(f -> f.predicate().equals(predicate)).findFirst().orElseThrow();
    }
}
