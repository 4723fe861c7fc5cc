package org.newsgraph.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A slice of the BBC News corpus ({@code train.csv}, {@code test.csv}, {@code val.csv} with columns {@code text} and
 * {@code category}): the articles of one category, or all, in file and row order, the first {@code limit} of them.
 * The slice is written out twice with the same ids and texts: as one CSV for newsgraph, as one text file an article
 * for CoreNLP's command line, so both read exactly the same articles.
 */
public final class CorpusSlice {

    /** The corpus files in the order the slice takes them. */
    static final List<String> FILES = List.of("train.csv", "test.csv", "val.csv");

    /** {@code all} selects every category. */
    public static final String ALL = "all";

    private CorpusSlice() {
    }

    /**
     * The articles of {@code category} ({@link #ALL} for every one), at most {@code limit} of them (0 for no limit).
     */
    public static List<BenchArticle> read(Path corpus, String category, int limit) {
        List<BenchArticle> articles = new ArrayList<>();
        for (String name : FILES) {
            Path file = corpus.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no " + name + " in " + corpus
                        + " (the BBC News corpus: train.csv, test.csv and val.csv with columns text,category)");
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                articles.addAll(parse(reader, stem(name), category));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return limit > 0 && articles.size() > limit ? List.copyOf(articles.subList(0, limit)) : articles;
    }

    /** The rows of one file whose category matches; ids number the data rows from 1, as newsgraph's CSV reader does. */
    static List<BenchArticle> parse(Reader reader, String fileStem, String category) throws IOException {
        List<BenchArticle> articles = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                String articleCategory = record.get("category").strip();
                if (category.equals(ALL) || articleCategory.equalsIgnoreCase(category)) {
                    articles.add(new BenchArticle(id(fileStem, row), articleCategory, record.get("text")));
                }
            }
        }
        return articles;
    }

    /** {@code train-00007}: the id {@code newsgraph build train.csv} gives the seventh row. */
    static String id(String fileStem, int row) {
        return fileStem + "-" + String.format(Locale.ROOT, "%05d", row);
    }

    /** Writes the articles as a CSV with columns {@code id} and {@code text}, the id column newsgraph reads by default. */
    public static void writeCsv(List<BenchArticle> articles, Path file) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("id", "text").get())) {
            for (BenchArticle article : articles) {
                printer.printRecord(article.id(), article.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes one {@code <id>.txt} an article into {@code folder}, and returns the files in slice order. */
    public static List<Path> writeTextFiles(List<BenchArticle> articles, Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (BenchArticle article : articles) {
                Path file = folder.resolve(article.id() + ".txt");
                Files.writeString(file, article.text(), StandardCharsets.UTF_8);
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write articles to " + folder + ": " + e.getMessage(), e);
        }
        return files;
    }

    public static long words(List<BenchArticle> articles) {
        return articles.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
