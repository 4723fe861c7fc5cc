package org.newsgraph.eval.capability;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/**
 * One capability: a construction of language, the templates that write it, how their slots are filled, and the facts
 * every generated case must (expect) and must not (forbid) yield. Read from a YAML file under
 * {@code src/main/resources/capabilities/}; the format is in the README.
 *
 * @param slots each slot's values: a list of literals, or the name of a generator ({@link SlotValues})
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Capability(String name, String about, int cases, long seed, List<String> templates,
                         List<String> context, Map<String, Object> slots, List<List<String>> expect,
                         List<List<String>> forbid) {

    public Capability {
        templates = templates == null ? List.of() : List.copyOf(templates);
        context = context == null ? List.of() : List.copyOf(context);
        slots = slots == null ? Map.of() : Map.copyOf(slots);
        expect = expect == null ? List.of() : List.copyOf(expect);
        forbid = forbid == null ? List.of() : List.copyOf(forbid);
    }

    /** The prefix of the document ids of this capability's cases (a name without '/' or spaces). */
    public String documentPrefix() {
        return "cap-" + name.replaceAll("[^A-Za-z0-9-]+", "-");
    }
}
