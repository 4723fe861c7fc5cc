package org.newsgraph.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsgraph.query.TextTable;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes search hits as a table for people, as CSV or TSV for spreadsheets, or as JSON for programs. */
public final class SearchOutput {

    public static final List<String> FORMATS = List.of("table", "csv", "tsv", "json");
    private static final int SIDE_COLUMN_WIDTH = 40;
    private static final List<String> COLUMNS = List.of("rank", "score", "field", "text", "entities", "fact",
            "document", "date");

    private SearchOutput() {
    }

    public static void write(String query, List<SearchHit> hits, String format, boolean wide, PrintStream out) {
        switch (format) {
            case "table" -> table(hits, wide, out);
            case "csv" -> delimited(hits, CSVFormat.RFC4180, out);
            case "tsv" -> delimited(hits, CSVFormat.TDF, out);
            case "json" -> json(query, hits, out);
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; use "
                    + String.join("|", FORMATS));
        }
        out.flush();
    }

    private static void table(List<SearchHit> hits, boolean wide, PrintStream out) {
        if (hits.isEmpty()) {
            out.println("No hits.");
            return;
        }
        TextTable table = new TextTable(COLUMNS).alignRight(0).alignRight(1);
        if (wide) {
            table.maxCellWidth(Integer.MAX_VALUE);
        }
        for (int i = 0; i < hits.size(); i++) {
            List<String> row = new ArrayList<>(row(i + 1, hits.get(i)));
            if (!wide) {
                // The sentence is what a reader scans; entities and facts get less room.
                row.set(4, cut(row.get(4), SIDE_COLUMN_WIDTH));
                row.set(5, cut(row.get(5), SIDE_COLUMN_WIDTH));
            }
            table.addRow(row);
        }
        table.print(out);
        out.println(hits.size() == 1 ? "1 hit" : hits.size() + " hits");
    }

    private static List<String> row(int rank, SearchHit hit) {
        String document = hit.documents().size() > 1
                ? hit.document() + " (+" + (hit.documents().size() - 1) + " more)" : hit.document();
        return List.of(Integer.toString(rank), String.format(Locale.ROOT, "%.2f", hit.score()), hit.field(),
                oneLine(hit.text()), String.join("; ", hit.entities()), oneLine(String.join(" | ", hit.facts())),
                document, hit.date());
    }

    private static void delimited(List<SearchHit> hits, CSVFormat format, PrintStream out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, format.builder().setRecordSeparator("\n").get());
            printer.printRecord(COLUMNS);
            List<String> complete = new ArrayList<>();
            for (int i = 0; i < hits.size(); i++) {
                complete.clear();
                complete.addAll(row(i + 1, hits.get(i)));
                complete.set(6, String.join(" ", hits.get(i).documents()));
                printer.printRecord(complete);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(String query, List<SearchHit> hits, PrintStream out) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("query", query);
        ArrayNode array = root.putArray("hits");
        int rank = 0;
        for (SearchHit hit : hits) {
            ObjectNode node = array.addObject()
                    .put("rank", ++rank)
                    .put("score", hit.score())
                    .put("field", hit.field())
                    .put("text", hit.text())
                    .put("iri", hit.entity())
                    .put("document", hit.document())
                    .put("date", hit.date());
            hit.entities().forEach(node.putArray("entities")::add);
            hit.facts().forEach(node.putArray("facts")::add);
            hit.documents().forEach(node.putArray("documents")::add);
            hit.types().forEach(node.putArray("types")::add);
        }
        try {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
