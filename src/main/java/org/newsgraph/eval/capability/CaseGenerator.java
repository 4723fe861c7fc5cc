package org.newsgraph.eval.capability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a capability's templates: per case one template (and one context sentence, when there are some) is drawn, then
 * every slot is filled, all from the capability's seed, so the same file yields the same cases on every run. Slots
 * filled by the same generator get distinct values.
 */
public final class CaseGenerator {

    static final Pattern SLOT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)(?:\\.([A-Za-z]+))?}");

    private final SlotValues values;

    public CaseGenerator(SlotValues values) {
        this.values = values;
    }

    public List<CapabilityCase> generate(Capability capability) {
        Random random = new Random(capability.seed());
        List<CapabilityCase> cases = new ArrayList<>();
        for (int n = 1; n <= capability.cases(); n++) {
            String template = capability.templates().get(random.nextInt(capability.templates().size()));
            String context = capability.context().isEmpty() ? ""
                    : capability.context().get(random.nextInt(capability.context().size()));
            Map<String, SlotValues.Value> filled = fill(capability, random);
            String text = (context.isEmpty() ? "" : substitute(context, filled) + " ") + substitute(template, filled);
            cases.add(new CapabilityCase(capability.name(), String.format("%s-%03d", capability.documentPrefix(), n),
                    text + "\n", rows(capability.expect(), filled), rows(capability.forbid(), filled)));
        }
        return cases;
    }

    private Map<String, SlotValues.Value> fill(Capability capability, Random random) {
        Map<String, SlotValues.Value> filled = new HashMap<>();
        Map<String, Set<String>> takenByGenerator = new HashMap<>();
        // sorted, so the draws do not depend on the order of a hash map
        for (Map.Entry<String, Object> slot : new TreeMap<>(capability.slots()).entrySet()) {
            if (slot.getValue() instanceof List<?> literals) {
                filled.put(slot.getKey(), literal(literals.get(random.nextInt(literals.size()))));
            } else {
                String generator = String.valueOf(slot.getValue());
                Set<String> taken = takenByGenerator.computeIfAbsent(generator, g -> new HashSet<>());
                SlotValues.Value value = values.draw(generator, random, taken);
                taken.add(value.text());
                filled.put(slot.getKey(), value);
            }
        }
        return filled;
    }

    /**
     * A literal is a string, or a map with its {@code text} and attributes that rows may use ({@code {event.status}}),
     * so a sentence and the fact it states are drawn together.
     */
    static SlotValues.Value literal(Object literal) {
        if (literal instanceof Map<?, ?> map) {
            Map<String, String> attributes = new HashMap<>();
            map.forEach((k, v) -> attributes.put(String.valueOf(k), String.valueOf(v)));
            return new SlotValues.Value(attributes.remove("text"), Map.copyOf(attributes));
        }
        return new SlotValues.Value(String.valueOf(literal), Map.of());
    }

    private static List<List<String>> rows(List<List<String>> rows, Map<String, SlotValues.Value> filled) {
        return rows.stream().map(row -> row.stream().map(cell -> substitute(cell, filled)).toList()).toList();
    }

    /** Fills the slots, and then the slots a literal's text names in turn ("the evacuation of {city}"). */
    static String substitute(String template, Map<String, SlotValues.Value> filled) {
        String text = template;
        for (int depth = 0; depth < 3 && SLOT.matcher(text).find(); depth++) {
            text = substituteOnce(text, filled);
        }
        return text;
    }

    private static String substituteOnce(String template, Map<String, SlotValues.Value> filled) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            SlotValues.Value value = filled.get(m.group(1));
            String text = m.group(2) == null ? value.text() : value.attributes().get(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }
}
