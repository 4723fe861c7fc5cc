package org.newsgraph.spark;

import org.newsgraph.ingest.IngestOptions;

import java.io.Serializable;
import java.util.List;

/**
 * What the job reads and where it writes.
 *
 * @param inputs     paths Spark can read (local, hdfs://, s3a://...): folders or files of .txt/.md articles and
 *                   .csv/.jsonl corpora, or Parquet files/folders when {@code format} is parquet
 * @param format     {@code files} (read by newsgraph's own ingest, exactly as {@code newsgraph build} reads them) or
 *                   {@code parquet}
 * @param manifest   a manifest.tsv for all inputs, or null to use each folder's own
 * @param output     the output folder: N-Quads under {@code nquads/}, {@code summary.json} beside
 * @param partitions how many partitions annotate in parallel (0: four per core of the cluster)
 */
record JobOptions(List<String> inputs, String format, String manifest, String textColumn, String idColumn,
                  String dateColumn, String titleColumn, String sourceColumn, String output, int partitions)
        implements Serializable {

    static final String FILES = "files";
    static final String PARQUET = "parquet";

    JobOptions {
        inputs = List.copyOf(inputs);
    }

    IngestOptions ingestOptions() {
        return IngestOptions.defaults().withTextColumn(textColumn).withIdColumn(idColumn).withDateColumn(dateColumn)
                .withTitleColumn(titleColumn).withSourceColumn(sourceColumn);
    }

    static JobOptions defaults(List<String> inputs, String output) {
        return new JobOptions(inputs, FILES, null, IngestOptions.DEFAULT_TEXT_COLUMN, IngestOptions.DEFAULT_ID_COLUMN,
                IngestOptions.DEFAULT_DATE_COLUMN, IngestOptions.DEFAULT_TITLE_COLUMN,
                IngestOptions.DEFAULT_SOURCE_COLUMN, output, 0);
    }

    JobOptions withPartitions(int n) {
        return new JobOptions(inputs, format, manifest, textColumn, idColumn, dateColumn, titleColumn, sourceColumn,
                output, n);
    }
}
