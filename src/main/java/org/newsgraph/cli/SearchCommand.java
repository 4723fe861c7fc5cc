package org.newsgraph.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newsgraph.search.SearchException;
import org.newsgraph.search.SearchHit;
import org.newsgraph.search.SearchOutput;
import org.newsgraph.search.SearchRequest;
import org.newsgraph.search.SearchSchema;
import org.newsgraph.search.StoreTextIndex;
import org.newsgraph.search.TextSearch;
import org.newsgraph.store.GraphStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code newsgraph search QUERY}: full-text search over evidence sentences, quotes and entity names. */
final class SearchCommand implements Command {

    private static final int DEFAULT_LIMIT = 20;
    /** The ng: classes entries are typed with, lower case as the index holds them. */
    private static final Set<String> TYPES = Set.of("person", "organization", "country", "place", "resolution",
            "evacuation", "statement");

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "Search the sentences, quotes and names of the store (Lucene query syntax)";
    }

    @Override
    public String arguments() {
        return "QUERY [options]";
    }

    @Override
    public String description() {
        return "Searches the store's text index: the sentences that prove facts, the quotes of statements, and the "
                + "names and other names of entities. Hits are ranked by relevance (BM25) and show the document, its "
                + "date, the entities and the fact each sentence proves; a sentence is one hit however many facts "
                + "it proves, a name one hit however many documents use it. QUERY is Lucene's query syntax: words "
                + "(any of them, the best first), \"a phrase\", +required -excluded, AND OR NOT, wildcards (veto*), "
                + "fuzzy words for half-remembered names (Churkn~), field:word (sentence:, quote:, label:). The "
                + "index is kept in step by build, remove and load; a search first repairs it if a killed build "
                + "left it behind the store.";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(CommonOptions.store())
                .addOption(Option.builder().longOpt("field").hasArg().argName("FIELDS")
                        .desc("Search only these fields, comma-separated: sentence, quote, label (default all)").get())
                .addOption(Option.builder().longOpt("type").hasArg().argName("TYPES")
                        .desc("Only hits about entities of these classes, comma-separated (Person, Country, "
                                + "Organization, Place, Resolution, Evacuation, Statement)").get())
                .addOption(Option.builder().longOpt("since").hasArg().argName("DATE")
                        .desc("Only documents published on or after DATE (YYYY-MM-DD)").get())
                .addOption(Option.builder().longOpt("until").hasArg().argName("DATE")
                        .desc("Only documents published on or before DATE (YYYY-MM-DD)").get())
                .addOption(Option.builder().longOpt("limit").hasArg().argName("N")
                        .desc("At most N hits (default " + DEFAULT_LIMIT + ")").get())
                .addOption(CommonOptions.format(SearchOutput.FORMATS))
                .addOption(Option.builder().longOpt("wide").desc("Do not cut long table cells").get());
    }

    @Override
    public int run(CommandLine line, CommandContext context) {
        List<String> arguments = line.getArgList();
        if (arguments.isEmpty()) {
            throw CliException.usage("search needs a QUERY, e.g. newsgraph search veto");
        }
        String query = String.join(" ", arguments);
        if (query.isBlank()) {
            throw CliException.usage("search needs a QUERY that is not empty");
        }
        String format = CommonOptions.formatChoice(line, SearchOutput.FORMATS);
        SearchRequest request = request(line, query);
        Path directory = CommonOptions.storeDirectory(line);
        try {
            bringIndexInStep(directory);
            List<SearchHit> hits;
            try (TextSearch search = TextSearch.open(directory)) {
                hits = search.search(request);
            }
            SearchOutput.write(query, hits, format, line.hasOption("wide"), context.out());
            return 0;
        } catch (SearchException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    /**
     * A killed build can leave the index behind the store; whoever opens the store next repairs it, as TDB2 replays
     * its journal. When another process holds the index, that process is a build or server keeping it in step.
     */
    private static void bringIndexInStep(Path directory) {
        try (GraphStore store = GraphStore.openForReading(directory)) {
            Optional<StoreTextIndex> index = StoreTextIndex.acquire(directory);
            if (index.isPresent()) {
                try {
                    index.get().reconcile(store.dataset().asDatasetGraph());
                } finally {
                    index.get().release();
                }
            }
        }
    }

    private static SearchRequest request(CommandLine line, String query) {
        List<String> fields = SearchSchema.TEXT_FIELDS;
        if (line.hasOption("field")) {
            fields = List.copyOf(words(line.getOptionValue("field")));
            for (String field : fields) {
                if (!SearchSchema.TEXT_FIELDS.contains(field)) {
                    throw CliException.usage("unknown --field '" + field + "'; use "
                            + String.join(", ", SearchSchema.TEXT_FIELDS));
                }
            }
        }
        Set<String> types = line.hasOption("type") ? words(line.getOptionValue("type")) : Set.of();
        for (String type : types) {
            if (!TYPES.contains(type)) {
                throw CliException.usage("unknown --type '" + type + "'; use Person, Organization, Country, Place, "
                        + "Resolution, Evacuation or Statement");
            }
        }
        int limit = DEFAULT_LIMIT;
        if (line.hasOption("limit")) {
            try {
                limit = Integer.parseInt(line.getOptionValue("limit").strip());
            } catch (NumberFormatException e) {
                limit = 0;
            }
            if (limit < 1) {
                throw CliException.usage("--limit '" + line.getOptionValue("limit") + "' is not a positive number");
            }
        }
        LocalDate since = CommonOptions.date(line, "since");
        LocalDate until = CommonOptions.date(line, "until");
        if (since != null && until != null && since.isAfter(until)) {
            throw CliException.usage("--since " + since + " is after --until " + until);
        }
        return new SearchRequest(query, fields, types, since, until, limit);
    }

    private static Set<String> words(String list) {
        Set<String> words = new LinkedHashSet<>();
        Arrays.stream(list.split(",")).map(String::strip).filter(word -> !word.isEmpty())
                .map(word -> word.toLowerCase(Locale.ROOT)).forEach(words::add);
        if (words.isEmpty()) {
            throw CliException.usage("an empty list: '" + list + "'");
        }
        return words;
    }
}
