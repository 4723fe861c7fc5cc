package org.newsgraph.query;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTableTest {

    @Test
    void everyRunOfSpacesBreaksTabsAndControlCharactersBecomesOneSpace() {
        List<String> cells = List.of("plain words", "two  spaces", "tab\there", "line\nbreak", "crlf\r\nend",
                " leading and trailing ", "no\u00a0break space", "bell\u0007char", "form\ffeed", "   ", "",
                "mixed \t\n  run", "ends with space ");
        for (String cell : cells) {
            String expected = cell.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
            assertEquals(expected, printedCell(cell), "cell [" + cell + "]");
        }
    }

    private static String printedCell(String cell) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new TextTable(List.of("h")).addRow(List.of(cell)).print(out);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n", -1);
        return lines[2];
    }
}
