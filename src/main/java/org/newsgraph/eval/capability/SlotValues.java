package org.newsgraph.eval.capability;

import org.newsgraph.resolve.Gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The generators that fill slots. Countries and organisations come from the gazetteer, person names from invented
 * first- and last-name lists kept with the harness (never names read in an article). Each value carries attributes a
 * template may use as {@code {slot.attribute}}: a person's {@code last} name, a country's {@code adjective} and
 * {@code capital}.
 */
public final class SlotValues {

    public static final Set<String> GENERATORS = Set.of("person", "country", "organization", "agency", "city",
            "weekday");
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final int STATES = 195;
    private static final Set<String> ORGANIZATION_KINDS = Set.of("un-body", "un-agency", "intergovernmental");
    /**
     * Bodies that run evacuations: UN agencies, and the Red Cross and Red Crescent societies among the aid
     * organisations (the others, such as rights groups, report on evacuations rather than run them).
     */
    private static final java.util.regex.Pattern RELIEF_SOCIETY = java.util.regex.Pattern.compile("Red (Cross|Crescent)");

    /** A filled value: the text written for {@code {slot}} and its attributes. */
    public record Value(String text, Map<String, String> attributes) {}

    private final List<String> firstNames = names("first-names.txt");
    private final List<String> lastNames = names("last-names.txt");
    private final List<Value> countries = new ArrayList<>();
    private final List<Value> organizations = new ArrayList<>();
    private final List<Value> agencies = new ArrayList<>();
    private final List<Value> cities = new ArrayList<>();

    public SlotValues(Gazetteer gazetteer) {
        Set<String> ambiguous = gazetteer.ambiguousNames().keySet();
        // the file lists the UN member and observer states first, then territories, which have no envoys
        for (Gazetteer.Entry country : gazetteer.countries().subList(0, Math.min(STATES, gazetteer.countries().size()))) {
            String name = country.canonical();
            // long official names ("Bosnia and Herzegovina") test the recogniser, not the construction
            if (name.split(" ").length > 2 || name.contains(",") || ambiguous.contains(Gazetteer.normalize(name))) {
                continue;
            }
            String adjective = gazetteer.demonyms(country).stream().filter(d -> !ambiguous.contains(Gazetteer.normalize(d)))
                    .findFirst().orElse(null);
            List<String> capitals = gazetteer.capitals(country);
            if (adjective == null || capitals.isEmpty() || capitals.get(0).split(" ").length > 2) {
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("adjective", adjective);
            attributes.put("capital", capitals.get(0));
            countries.add(new Value(name, attributes));
            cities.add(new Value(capitals.get(0), Map.of("country", name)));
        }
        for (Gazetteer.Entry organization : gazetteer.organizations()) {
            // an acronym alone ("OHCHR") tests the recogniser, not how news names a representative
            boolean acronym = organization.canonical().equals(organization.canonical().toUpperCase(java.util.Locale.ROOT));
            if (ORGANIZATION_KINDS.contains(organization.orgKind()) && !acronym) {
                organizations.add(new Value(organization.canonical(), Map.of()));
            }
            boolean relief = organization.orgKind().equals("un-agency")
                    || organization.orgKind().equals("ngo") && RELIEF_SOCIETY.matcher(organization.canonical()).find();
            if (relief && !acronym) {
                agencies.add(new Value(organization.canonical(), Map.of()));
            }
        }
    }

    /** A value of {@code generator} whose text is not among {@code taken}. */
    Value draw(String generator, Random random, Set<String> taken) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            Value value = drawAny(generator, random);
            if (!taken.contains(value.text()) && !sharesAName(value, taken)) {
                return value;
            }
        }
        throw new IllegalStateException("the generator " + generator + " has too few distinct values");
    }

    /** Two people of one case never share a first or last name, so a surname alone names one of them. */
    private static boolean sharesAName(Value value, Set<String> taken) {
        Set<String> words = new HashSet<>(List.of(value.text().split(" ")));
        return taken.stream().anyMatch(t -> List.of(t.split(" ")).stream().anyMatch(words::contains));
    }

    private Value drawAny(String generator, Random random) {
        return switch (generator) {
            case "person" -> {
                String first = firstNames.get(random.nextInt(firstNames.size()));
                String last = lastNames.get(random.nextInt(lastNames.size()));
                yield new Value(first + " " + last, Map.of("first", first, "last", last));
            }
            case "country" -> countries.get(random.nextInt(countries.size()));
            case "organization" -> organizations.get(random.nextInt(organizations.size()));
            case "agency" -> agencies.get(random.nextInt(agencies.size()));
            case "city" -> cities.get(random.nextInt(cities.size()));
            case "weekday" -> new Value(WEEKDAYS.get(random.nextInt(WEEKDAYS.size())), Map.of());
            default -> throw new IllegalArgumentException("unknown generator " + generator);
        };
    }

    private static List<String> names(String file) {
        String path = "/capabilities/names/" + file;
        try (InputStream in = SlotValues.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("name list missing from the class path: " + path);
            }
            List<String> names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
