package org.newsgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.newsgraph.ingest.ArticleCollector;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.IngestOptions;
import org.newsgraph.ingest.IngestProblem;
import org.newsgraph.ingest.IngestResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the inputs into articles with newsgraph's own ingest (the same ids, dates, titles and boilerplate masking
 * as {@code newsgraph build}): each executor hands the files it was given, or a partition's Parquet rows written as
 * JSON lines, to {@link ArticleCollector} in a scratch folder.
 */
final class Ingestion {

    /** An article, or one line about an input that could not be used (a problem) or was odd (a warning). */
    record Item(ArticleRow article, String problem, String warning) implements Serializable {}

    private static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "md", "csv", "jsonl", "html", "htm", "warc");
    private static final String MANIFEST = "manifest.tsv";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Ingestion() {
    }

    static JavaRDD<Item> read(SparkSession spark, JobOptions options, List<String> problems) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        List<String> roots = new ArrayList<>();
        for (String input : options.inputs()) {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
            try {
                FileSystem fs = path.getFileSystem(hadoop);
                if (fs.exists(path)) {
                    roots.add(fs.makeQualified(path).toString());
                } else {
                    problems.add(input + ": no such file or directory");
                }
            } catch (IOException e) {
                problems.add(input + ": cannot read: " + e.getMessage());
            }
        }
        if (roots.isEmpty()) {
            return jsc.emptyRDD();
        }
        byte[] givenManifest = options.manifest() == null ? null : readWhole(options.manifest(), hadoop);
        return JobOptions.PARQUET.equals(options.format())
                ? parquet(spark, roots, options, givenManifest)
                : files(jsc, roots, options, givenManifest);
    }

    private static JavaRDD<Item> files(JavaSparkContext jsc, List<String> roots, JobOptions options,
                                       byte[] givenManifest) {
        jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        JavaPairRDD<String, PortableDataStream> files = jsc.binaryFiles(String.join(",", roots))
                .filter(file -> !hidden(file._1()));
        // Manifests are small: the driver gathers them so each file gets the nearest one, as the local build does.
        Map<String, byte[]> manifests = new HashMap<>(givenManifest != null ? Map.of()
                : files.filter(file -> fileName(file._1()).equals(MANIFEST))
                .mapToPair(file -> new scala.Tuple2<>(folder(file._1()), file._2().toArray()))
                .collectAsMap());
        Broadcast<Map<String, byte[]>> folderManifests = jsc.broadcast(manifests);
        Broadcast<byte[]> manifest = jsc.broadcast(givenManifest);
        List<String> inputRoots = List.copyOf(roots);
        return files.filter(file -> ARTICLE_EXTENSIONS.contains(extension(file._1())) || isWarc(file._1()))
                .flatMap(file -> {
                    byte[] applying = manifest.value() != null ? manifest.value()
                            : nearestManifest(file._1(), inputRoots, folderManifests.value());
                    if (isWarc(file._1())) {
                        // A CC-NEWS WARC is about a gigabyte: copied to the scratch folder as a stream, never held.
                        try (java.io.InputStream warc = file._2().open()) {
                            return collect(fileName(file._1()), warc, file._1(), applying,
                                    options.ingestOptions()).iterator();
                        }
                    }
                    return collect(fileName(file._1()), file._2().toArray(), file._1(), applying,
                            options.ingestOptions()).iterator();
                });
    }

    private static JavaRDD<Item> parquet(SparkSession spark, List<String> roots, JobOptions options,
                                         byte[] givenManifest) {
        Dataset<Row> table = spark.read().parquet(roots.toArray(String[]::new));
        Set<String> present = Set.of(table.columns());
        if (!present.contains(options.textColumn())) {
            throw new IllegalArgumentException(String.join(",", roots) + ": no '" + options.textColumn()
                    + "' column (columns: " + String.join(", ", table.columns()) + ")");
        }
        List<Column> columns = new ArrayList<>();
        columns.add(functions.col(options.textColumn()).cast("string").as("text"));
        // Without an id column, an article is named by its file and row, as the local build names CSV rows.
        columns.add(present.contains(options.idColumn())
                ? functions.col(options.idColumn()).cast("string").as("id")
                : functions.concat(functions.regexp_extract(functions.col("_metadata.file_name"), "^([^.]*)", 1),
                functions.lit("-"), functions.lpad(functions.col("_metadata.row_index").plus(1).cast("string"), 5,
                        "0")).as("id"));
        for (String[] optional : new String[][]{{options.dateColumn(), "date"}, {options.titleColumn(), "title"},
                {options.sourceColumn(), "source"}}) {
            if (present.contains(optional[0])) {
                columns.add(functions.col(optional[0]).cast("string").as(optional[1]));
            }
        }
        String origin = String.join(",", roots);
        long maxBytes = options.ingestOptions().maxBytes();
        return table.select(columns.toArray(Column[]::new)).toJavaRDD().mapPartitions(rows -> {
            // the columns were renamed to the ingest's defaults above
            IngestOptions ingest = IngestOptions.defaults().withMaxBytes(maxBytes);
            StringBuilder lines = new StringBuilder();
            rows.forEachRemaining(row -> lines.append(jsonLine(row)).append('\n'));
            return lines.isEmpty() ? List.<Item>of().iterator()
                    : collect("rows.jsonl", lines.toString().getBytes(StandardCharsets.UTF_8), origin, givenManifest,
                    ingest).iterator();
        });
    }

    private static String jsonLine(Row row) {
        ObjectNode node = JSON.createObjectNode();
        for (String field : row.schema().fieldNames()) {
            Object value = row.getAs(field);
            if (value != null) {
                node.put(field, value.toString());
            }
        }
        return node.toString();
    }

    /** Runs the library's ingest on one file's bytes in a scratch folder; messages name the original path. */
    static List<Item> collect(String name, byte[] content, String originalPath, byte[] manifest,
                              IngestOptions options) {
        return collect(name, new java.io.ByteArrayInputStream(content), originalPath, manifest, options);
    }

    /** As above, copying the content to the scratch folder as it is read. */
    static List<Item> collect(String name, java.io.InputStream content, String originalPath, byte[] manifest,
                              IngestOptions options) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("newsgraph-ingest");
            Path file = scratch.resolve(name);
            Files.copy(content, file);
            IngestOptions applied = options;
            if (manifest != null) {
                Path manifestFile = scratch.resolve("given-" + MANIFEST);
                Files.write(manifestFile, manifest);
                applied = options.withManifest(manifestFile);
            }
            IngestResult result = new ArticleCollector(applied).collect(List.of(file));
            String prefix = file.toString();
            List<Item> items = new ArrayList<>();
            for (Document document : result.documents()) {
                items.add(new Item(ArticleRow.of(document, document.origin().replace(prefix, originalPath)), null,
                        null));
            }
            for (IngestProblem problem : result.problems()) {
                items.add(new Item(null, line(problem, prefix, originalPath), null));
            }
            for (IngestProblem warning : result.warnings()) {
                items.add(new Item(null, null, line(warning, prefix, originalPath)));
            }
            return items;
        } catch (IOException e) {
            return List.of(new Item(null, originalPath + ": cannot read: " + e.getMessage(), null));
        } finally {
            deleteQuietly(scratch);
        }
    }

    private static String line(IngestProblem problem, String scratchPath, String originalPath) {
        return problem.origin().replace(scratchPath, originalPath) + ": " + problem.reason();
    }

    private static byte[] nearestManifest(String file, List<String> roots, Map<String, byte[]> manifests) {
        // from the file's folder up to the input folder it was found under (its own folder for a file input)
        String stop = roots.stream().filter(r -> file.startsWith(r.endsWith("/") ? r : r + "/"))
                .max(Comparator.comparingInt(String::length)).orElse(folder(file));
        for (String dir = folder(file); dir.length() >= stop.length(); dir = folder(dir)) {
            byte[] manifest = manifests.get(dir);
            if (manifest != null) {
                return manifest;
            }
            if (!dir.contains("/")) {
                break;
            }
        }
        return null;
    }

    private static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** WARC archives, plain or gzip-compressed as crawlers and CC-NEWS write them. */
    private static boolean isWarc(String path) {
        String name = fileName(path).toLowerCase(Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    private static String extension(String path) {
        String name = fileName(path);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Hidden files and Hadoop's markers (_SUCCESS, .crc) are not articles. */
    private static boolean hidden(String path) {
        String name = fileName(path);
        return name.startsWith(".") || name.startsWith("_");
    }

    private static byte[] readWhole(String path, Configuration hadoop) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        try (var in = p.getFileSystem(hadoop).open(p)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read the manifest: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder left in the temp directory is harmless
        }
    }
}
