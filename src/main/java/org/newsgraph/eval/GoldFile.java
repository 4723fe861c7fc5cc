package org.newsgraph.eval;

import org.apache.jena.rdf.model.Property;
import org.newsgraph.rdf.NG;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A gold file in the format of {@code eval/GUIDELINES.md}: {@code doc TAB subject TAB predicate TAB object}, one fact
 * a line, {@code #} comments, a leading {@code ?} on the predicate for an optional fact. Reading checks every line
 * and reports all bad ones at once ({@link GoldFormatException}), so a typo never silently becomes a fact that
 * cannot be found.
 */
public final class GoldFile {

    private static final List<String> COLUMNS = List.of("doc", "subject", "predicate", "object");
    private static final Pattern PREDICATE = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    /** Ontology properties an optional row may record although the scorer ignores them (consideredBy, number ...). */
    private static final Set<String> ONTOLOGY_PROPERTIES = ontologyProperties();

    private final Path path;
    private final List<GoldFact> facts;
    /** Rows by document, in file order: scoring asks for each document's rows, and a scan per document is quadratic. */
    private final Map<String, List<GoldFact>> factsByDocument;

    private GoldFile(Path path, List<GoldFact> facts) {
        this.path = path;
        this.facts = List.copyOf(facts);
        Map<String, List<GoldFact>> byDocument = new LinkedHashMap<>();
        facts.forEach(fact -> byDocument.computeIfAbsent(fact.document(), d -> new ArrayList<>()).add(fact));
        byDocument.replaceAll((document, rows) -> List.copyOf(rows));
        this.factsByDocument = Collections.unmodifiableMap(byDocument);
    }

    public static GoldFile read(Path path) {
        List<GoldFact> facts = TsvLines.parseRows(path, GoldFile::parse);
        return new GoldFile(path, facts);
    }

    public Path path() {
        return path;
    }

    /** Every row, optional ones included, in file order. */
    public List<GoldFact> facts() {
        return facts;
    }

    /** The documents the file has rows for, in order of first appearance: the documents an evaluation scores. */
    public Set<String> documents() {
        return factsByDocument.keySet();
    }

    public List<GoldFact> factsOf(String document) {
        return factsByDocument.getOrDefault(document, List.of());
    }

    /**
     * The same file with only the rows of the documents {@code keep} accepts: a set scored in parts, or without the
     * articles whose text is not at hand.
     */
    public GoldFile restrictedTo(java.util.function.Predicate<String> keep) {
        return new GoldFile(path, facts.stream().filter(fact -> keep.test(fact.document())).toList());
    }

    private static GoldFact parse(String line, int number) {
        List<String> fields = TsvLines.fields(line, COLUMNS);
        String document = fields.get(0);
        String written = fields.get(2);
        boolean optional = written.startsWith("?");
        String predicate = optional ? written.substring(1).strip() : written;
        if (!PREDICATE.matcher(predicate).matches()) {
            throw new IllegalArgumentException("malformed predicate '" + written + "'");
        }
        ScoredPredicate scored = ScoredPredicate.byGoldName(predicate).orElse(null);
        if (scored == null) {
            if (!ONTOLOGY_PROPERTIES.contains(predicate.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("unknown predicate '" + predicate + "'; scored are "
                        + String.join(", ", Arrays.stream(ScoredPredicate.values())
                        .map(ScoredPredicate::goldName).toList()));
            }
            if (!optional) {
                throw new IllegalArgumentException("'" + predicate + "' is not scored; mark the row optional ('?"
                        + predicate + "') to keep it as a note");
            }
        } else {
            predicate = scored.goldName();
        }
        Term subject = TermSyntax.entity(fields.get(1));
        Term object;
        if (scored == ScoredPredicate.SAID) {
            object = TermSyntax.quote(fields.get(3));
        } else if (scored == ScoredPredicate.STATUS) {
            object = TermSyntax.status(fields.get(3));
        } else if (scored == null && TermSyntax.isQuoted(fields.get(3))) {
            object = TermSyntax.quote(fields.get(3));
        } else {
            object = TermSyntax.entity(fields.get(3));
        }
        return new GoldFact(document, subject, predicate, object, optional, number, scored);
    }

    private static Set<String> ontologyProperties() {
        Set<String> names = new LinkedHashSet<>();
        for (Field field : NG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Property.class.isAssignableFrom(field.getType())) {
                names.add(field.getName().toLowerCase(Locale.ROOT));
            }
        }
        return Collections.unmodifiableSet(names);
    }
}
