package org.newsgraph.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entity-resolution gold file: {@code same|distinct TAB name A TAB name B}, {@code #} comments. A name is a name
 * (alternatives with {@code |}) or a key followed by {@code @} and a document id, because a key only means something
 * within one document. Bad lines are all reported at once, as for {@link GoldFile}.
 */
public final class EntityPairs {

    private static final List<String> COLUMNS = List.of("kind", "name A", "name B");
    /** The last {@code @} after a closing bracket: a key's document. Plain names keep any {@code @} they contain. */
    private static final Pattern KEY_AT_DOCUMENT = Pattern.compile("(.*])\\s*@\\s*(\\S+)");

    private final Path path;
    private final List<EntityPair> pairs;

    private EntityPairs(Path path, List<EntityPair> pairs) {
        this.path = path;
        this.pairs = List.copyOf(pairs);
    }

    public static EntityPairs read(Path path) {
        List<EntityPair> pairs = TsvLines.parseRows(path, EntityPairs::parse);
        return new EntityPairs(path, pairs);
    }

    public Path path() {
        return path;
    }

    public List<EntityPair> pairs() {
        return pairs;
    }

    /**
     * The same file without the pairs that pick an entity in a document {@code keep} refuses: such a key picks
     * nothing once its document is left out, so the pair would fail for a reason that is not resolution. Pairs of
     * plain names are kept.
     */
    public EntityPairs restrictedTo(java.util.function.Predicate<String> keep) {
        return new EntityPairs(path, pairs.stream()
                .filter(pair -> kept(pair.first(), keep) && kept(pair.second(), keep)).toList());
    }

    private static boolean kept(EntityPair.EntityName name, java.util.function.Predicate<String> keep) {
        return name.document() == null || keep.test(name.document());
    }

    private static EntityPair parse(String line, int number) {
        List<String> fields = TsvLines.fields(line, COLUMNS);
        EntityPair.Kind kind = switch (fields.get(0).toLowerCase(Locale.ROOT)) {
            case "same" -> EntityPair.Kind.SAME;
            case "distinct" -> EntityPair.Kind.DISTINCT;
            default -> throw new IllegalArgumentException("unknown kind '" + fields.get(0)
                    + "'; use same or distinct");
        };
        return new EntityPair(kind, name(fields.get(1)), name(fields.get(2)), number);
    }

    private static EntityPair.EntityName name(String text) {
        Matcher m = KEY_AT_DOCUMENT.matcher(text);
        String termText = m.matches() ? m.group(1).strip() : text;
        String document = m.matches() ? m.group(2) : null;
        Term.Entity term = TermSyntax.entity(termText);
        if (!term.keys().isEmpty() && document == null) {
            throw new IllegalArgumentException("'" + text + "' is a key, which picks an entity of one document: "
                    + "add @DOCUMENT-ID");
        }
        if (document != null && !term.names().isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' mixes names with a key@document; write one or the "
                    + "other");
        }
        return new EntityPair.EntityName(term, document, text);
    }
}
