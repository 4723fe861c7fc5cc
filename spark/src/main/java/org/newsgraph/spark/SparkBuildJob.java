package org.newsgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.newsgraph.extract.DocumentFacts;
import org.newsgraph.ingest.syndication.MinHash;
import org.newsgraph.ingest.syndication.StoryLinks;
import org.newsgraph.rdf.DocumentGraphMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.ResolvedDocument;
import scala.Tuple2;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code spark-submit --class org.newsgraph.spark.SparkBuildJob newsgraph-spark-job.jar INPUT... --out DIR}: builds
 * the document graphs of {@code newsgraph build} on a Spark cluster (or in {@code local[N]}) and writes them as
 * partitioned N-Quads for {@code newsgraph load}, with a summary. Annotation and extraction run per partition, one
 * CoreNLP pipeline per executor; entity resolution runs as blocks ({@link DistributedResolution}), with the local
 * build's outcome.
 */
public final class SparkBuildJob {

    /** What the job did, as written to {@code summary.json}. */
    public record Summary(long documents, long failed, long quads, long entities, List<String> problems,
                          long warnings, int partitions, DistributedResolution.Figures resolution,
                          Map<String, Double> seconds) {}

    private SparkBuildJob() {
    }

    public static void main(String[] args) {
        Options options = options();
        CommandLine line;
        try {
            line = new DefaultParser().parse(options, args);
        } catch (ParseException e) {
            System.err.println("newsgraph-spark: " + e.getMessage());
            usage(options);
            System.exit(2);
            return;
        }
        if (line.hasOption("help") || line.getArgList().isEmpty() || !line.hasOption("out")) {
            usage(options);
            System.exit(line.hasOption("help") ? 0 : 2);
            return;
        }
        String format = line.getOptionValue("format", JobOptions.FILES);
        int partitions;
        try {
            partitions = Integer.parseInt(line.getOptionValue("partitions", "0").strip());
        } catch (NumberFormatException e) {
            partitions = -1;
        }
        if (partitions < 0 || !List.of(JobOptions.FILES, JobOptions.PARQUET).contains(format)) {
            System.err.println("newsgraph-spark: " + (partitions < 0
                    ? "--partitions needs a whole number, got '" + line.getOptionValue("partitions") + "'"
                    : "--format is files or parquet, got '" + format + "'"));
            System.exit(2);
            return;
        }
        JobOptions job = new JobOptions(line.getArgList(), format,
                line.getOptionValue("manifest"), line.getOptionValue("text-column", "text"),
                line.getOptionValue("id-column", "id"), line.getOptionValue("date-column", "date"),
                line.getOptionValue("title-column", "title"), line.getOptionValue("source-column", "source"),
                line.getOptionValue("out"), partitions);
        SparkSession.Builder builder = SparkSession.builder().appName("newsgraph");
        if (line.hasOption("master")) {
            builder.master(line.getOptionValue("master"));
        }
        int exit;
        SparkSession spark = builder.getOrCreate();
        try {
            Summary summary = run(spark, job);
            summary.problems().forEach(System.err::println);
            System.out.printf(Locale.ROOT, "Built %d documents (%d failed): %d entities, %d quads in %s/nquads in "
                            + "%.1f s%n", summary.documents(), summary.failed(), summary.entities(), summary.quads(),
                    job.output(), summary.seconds().get("total"));
            exit = summary.problems().isEmpty() ? 0 : 1;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("newsgraph-spark: " + e.getMessage());
            exit = 1;
        } finally {
            spark.stop();
        }
        System.exit(exit);
    }

    private static Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("out").hasArg().argName("DIR")
                        .desc("output folder (any Hadoop path): nquads/ and summary.json").get())
                .addOption(Option.builder().longOpt("format").hasArg().argName("files|parquet")
                        .desc("files: .txt/.md articles and .csv/.jsonl corpora (default); parquet: tables with a "
                                + "text column").get())
                .addOption(Option.builder().longOpt("manifest").hasArg().argName("FILE")
                        .desc("manifest.tsv for all inputs (default: each folder's own)").get())
                .addOption(Option.builder().longOpt("text-column").hasArg().desc("default text").get())
                .addOption(Option.builder().longOpt("id-column").hasArg().desc("default id").get())
                .addOption(Option.builder().longOpt("date-column").hasArg().desc("default date").get())
                .addOption(Option.builder().longOpt("title-column").hasArg().desc("default title").get())
                .addOption(Option.builder().longOpt("source-column").hasArg().desc("default source").get())
                .addOption(Option.builder().longOpt("partitions").hasArg().argName("N")
                        .desc("partitions annotated in parallel (default: 4 per core)").get())
                .addOption(Option.builder().longOpt("master").hasArg()
                        .desc("Spark master when not given by spark-submit, e.g. local[2]").get())
                .addOption(Option.builder("h").longOpt("help").desc("show this help").get());
    }

    private static void usage(Options options) {
        HelpFormatter help = new HelpFormatter();
        help.setWidth(110);
        help.printHelp("spark-submit --class " + SparkBuildJob.class.getName()
                + " newsgraph-spark-job.jar INPUT... --out DIR [options]", options);
    }

    /** Runs the job in {@code spark}; returns once the N-Quads and the summary are written. */
    public static Summary run(SparkSession spark, JobOptions options) {
        long start = System.nanoTime();
        JenaLogging.quiet();
        refuseExistingOutput(options.output() + "/nquads", spark.sparkContext().hadoopConfiguration());
        Map<String, Double> seconds = new LinkedHashMap<>();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> problems = new ArrayList<>();

        JavaRDD<Ingestion.Item> items = Ingestion.read(spark, options, problems)
                .persist(StorageLevel.MEMORY_AND_DISK());
        problems.addAll(items.filter(i -> i.problem() != null).map(Ingestion.Item::problem).distinct().collect());
        long warnings = items.filter(i -> i.warning() != null).count();
        // The first of two articles with one id wins, as in the local build (files in path order, rows in order).
        JavaRDD<ArticleRow> all = items.filter(i -> i.article() != null).map(Ingestion.Item::article);
        all.mapToPair(a -> new Tuple2<>(a.id(), a.origin())).groupByKey()
                .filter(id -> sizeOf(id._2()) > 1)
                .collect()
                .forEach(id -> {
                    List<String> origins = new ArrayList<>();
                    id._2().forEach(origins::add);
                    origins.sort(ORIGIN_ORDER);
                    origins.subList(1, origins.size()).forEach(origin -> problems.add(origin
                            + ": duplicate document id " + id._1() + " (first seen in " + origins.get(0) + ")"));
                });
        JavaRDD<ArticleRow> articles = all.mapToPair(a -> new Tuple2<>(a.id(), a))
                .reduceByKey((a, b) -> ORIGIN_ORDER.compare(a.origin(), b.origin()) <= 0 ? a : b)
                .values();
        int partitions = options.partitions() > 0 ? options.partitions() : Math.max(1, jsc.defaultParallelism() * 4);
        JavaRDD<ExtractedRow> extracted = articles.repartition(partitions)
                .mapPartitions(Extraction::partition)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long documents = extracted.count();
        long failed = extracted.filter(row -> !row.ok()).count();
        seconds.put("ingest, annotation and extraction", elapsed(start));
        items.unpersist();
        extracted.filter(row -> !row.ok()).collect()
                .forEach(row -> problems.add(row.origin() + ": " + row.problem()));
        JavaRDD<ExtractedRow> good = extracted.filter(ExtractedRow::ok);

        long resolutionStart = System.nanoTime();
        DistributedResolution.Result resolution = DistributedResolution.resolve(jsc, good);
        seconds.put("entity resolution", elapsed(resolutionStart));

        long storiesStart = System.nanoTime();
        JavaPairRDD<String, String> stories = stories(jsc, good);
        seconds.put("stories", elapsed(storiesStart));

        long writeStart = System.nanoTime();
        LongAccumulator quads = jsc.sc().longAccumulator("quads");
        JavaRDD<String> lines = good.mapToPair(row -> new Tuple2<>(row.id(), row))
                .join(stories)
                .leftOuterJoin(resolution.assignments().groupByKey())
                .values()
                .mapPartitions(docs -> {
                    JenaLogging.quiet();
                    DocumentGraphMapper mapper = new DocumentGraphMapper();
                    List<String> out = new ArrayList<>();
                    docs.forEachRemaining(doc -> {
                        ExtractedRow row = doc._1()._1();
                        DocumentFacts facts = row.facts();
                        ResolvedDocument resolved = EntityResolver.assemble(facts, DistributedResolution.byKey(facts,
                                doc._2().isPresent() ? doc._2().get() : List.of()));
                        Model graph = mapper.map(resolved, row.record());
                        StoryLinks.write(graph, row.id(), doc._1()._2(), MinHash.decode(row.sketch()),
                                row.pageText());
                        String nquads = nquads(graph, row.id());
                        nquads.lines().forEach(out::add);
                        quads.add(nquads.lines().count());
                    });
                    return out.iterator();
                });
        String nquadsDir = options.output() + "/nquads";
        lines.saveAsTextFile(nquadsDir);
        nameAsNQuads(nquadsDir, jsc.hadoopConfiguration());
        long entities = resolution.assignments().map(a -> a._2()[1]).distinct().count();
        seconds.put("mapping and writing", elapsed(writeStart));
        seconds.put("total", elapsed(start));

        Summary summary = new Summary(documents - failed, failed,
                quads.value(), entities, problems, warnings, partitions, resolution.figures(), seconds);
        writeSummary(summary, options.output() + "/summary.json", jsc.hadoopConfiguration());
        extracted.unpersist();
        return summary;
    }

    /**
     * Each document's story ({@code ng:story}), assigned on the driver by the local build's own index, in the order
     * the local build resolves documents (date, then id), so a copy joins the story of its earliest original whatever
     * the partitions. Only ids, dates and sketches (64 integers a document) come to the driver.
     */
    static JavaPairRDD<String, String> stories(JavaSparkContext jsc, JavaRDD<ExtractedRow> documents) {
        List<String[]> sketches = new ArrayList<>(documents.map(row -> new String[]{row.id(), row.date(),
                row.sketch()}).collect());
        sketches.sort(java.util.Comparator.comparing((String[] s) -> s[1] == null ? "" : s[1])
                .thenComparing(s -> s[0]));
        StoryLinks index = StoryLinks.empty();
        List<Tuple2<String, String>> stories = new ArrayList<>(sketches.size());
        for (String[] sketch : sketches) {
            stories.add(new Tuple2<>(sketch[0], index.assign(sketch[0], MinHash.decode(sketch[2]))));
        }
        return jsc.parallelizePairs(stories, Math.max(1, jsc.defaultParallelism()));
    }

    /** "path:row" origins by path, then row number; a plain file's origin is its path. */
    private static final java.util.Comparator<String> ORIGIN_ORDER = (java.util.Comparator<String> & java.io.Serializable)
            (a, b) -> {
                String[] x = splitOrigin(a);
                String[] y = splitOrigin(b);
                int byPath = x[0].compareTo(y[0]);
                return byPath != 0 ? byPath : Long.compare(Long.parseLong(x[1]), Long.parseLong(y[1]));
            };

    private static String[] splitOrigin(String origin) {
        int colon = origin.lastIndexOf(':');
        if (colon > 0 && origin.substring(colon + 1).matches("\\d{1,18}")) {
            return new String[]{origin.substring(0, colon), origin.substring(colon + 1)};
        }
        return new String[]{origin, "0"};
    }

    private static int sizeOf(Iterable<?> values) {
        int n = 0;
        for (Object ignored : values) {
            n++;
        }
        return n;
    }

    /** Results of an earlier run are never overwritten: the user removes them or picks another folder. */
    private static void refuseExistingOutput(String folder, Configuration hadoop) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(folder);
        try {
            if (path.getFileSystem(hadoop).exists(path)) {
                throw new IllegalArgumentException(folder + " already exists; remove it or choose another --out");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot check: " + e.getMessage(), e);
        }
    }

    /** A document graph as N-Quads lines in the named graph of the document's IRI, as the store keeps it. */
    static String nquads(Model graph, String documentId) {
        Node name = NodeFactory.createURI(Iris.document(documentId));
        DatasetGraph dataset = DatasetGraphFactory.create();
        graph.getGraph().find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(),
                t.getObject()));
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, dataset, Lang.NQUADS);
        return out.toString();
    }

    /** Hadoop names the parts part-00000; a .nq ending tells every RDF tool what they hold. */
    private static void nameAsNQuads(String folder, Configuration hadoop) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(folder);
        try {
            FileSystem fs = path.getFileSystem(hadoop);
            for (FileStatus part : fs.listStatus(path)) {
                String name = part.getPath().getName();
                if (name.startsWith("part-") && !name.endsWith(".nq")) {
                    fs.rename(part.getPath(), new org.apache.hadoop.fs.Path(path, name + ".nq"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot rename the parts: " + e.getMessage(), e);
        }
    }

    private static void writeSummary(Summary summary, String file, Configuration hadoop) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
        try (OutputStream out = path.getFileSystem(hadoop).create(path, true)) {
            out.write(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write the summary: " + e.getMessage(), e);
        }
    }

    private static double elapsed(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e8) / 10.0;
    }
}
