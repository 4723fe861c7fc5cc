package org.newsgraph.graph;

import org.apache.jena.rdf.model.Resource;
import org.newsgraph.rdf.NG;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of node a graph export shows, one per entity class of the ontology, with the colour and shapes every
 * format draws them in, so GraphML, DOT and the viewer agree on what Russia looks like.
 */
public enum EntityType {
    // Colours from the Okabe-Ito palette: told apart with the common colour-vision deficiencies.
    PERSON("Person", NG.Person, "#E69F00", "ellipse", "ellipse"),
    ORGANIZATION("Organization", NG.Organization, "#56B4E9", "box", "round-rectangle"),
    COUNTRY("Country", NG.Country, "#D55E00", "hexagon", "hexagon"),
    PLACE("Place", NG.Place, "#009E73", "house", "triangle"),
    RESOLUTION("Resolution", NG.Resolution, "#0072B2", "note", "rectangle"),
    EVACUATION("Evacuation", NG.Evacuation, "#CC79A7", "cds", "tag"),
    STATEMENT("Statement", NG.Statement, "#A0A0A0", "diamond", "diamond");

    /** What {@code --type} selects when it is not given: everything but statements, which crowd a drawing. */
    public static final Set<EntityType> DEFAULT_SELECTION = EnumSet.complementOf(EnumSet.of(STATEMENT));

    /** Most specific first: an entity typed both ng:Country and ng:Place (or Actor) is drawn as a country. */
    static final List<EntityType> SPECIFICITY =
            List.of(STATEMENT, RESOLUTION, EVACUATION, PERSON, ORGANIZATION, COUNTRY, PLACE);

    private final String label;
    private final Resource rdfClass;
    private final String colour;
    private final String dotShape;
    private final String cytoscapeShape;

    EntityType(String label, Resource rdfClass, String colour, String dotShape, String cytoscapeShape) {
        this.label = label;
        this.rdfClass = rdfClass;
        this.colour = colour;
        this.dotShape = dotShape;
        this.cytoscapeShape = cytoscapeShape;
    }

    /** The class's local name: "Person". */
    public String label() {
        return label;
    }

    public Resource rdfClass() {
        return rdfClass;
    }

    /** Fill colour as {@code #RRGGBB}. */
    public String colour() {
        return colour;
    }

    public String dotShape() {
        return dotShape;
    }

    public String cytoscapeShape() {
        return cytoscapeShape;
    }

    static EntityType ofClass(String classIri) {
        for (EntityType type : values()) {
            if (type.rdfClass.getURI().equals(classIri)) {
                return type;
            }
        }
        return null;
    }

    /**
     * The types a {@code --type} value names: comma-separated class names, case-insensitive, where {@code Actor}
     * stands for persons, organisations and countries and {@code Place} includes countries, as in the ontology.
     *
     * @throws IllegalArgumentException for a name that is not one of them
     */
    public static Set<EntityType> parseSelection(String names) {
        Set<EntityType> selected = EnumSet.noneOf(EntityType.class);
        for (String raw : names.split(",")) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            String key = lower.startsWith("ng:") ? lower.substring(3) : lower;
            switch (key) {
                case "actor" -> selected.addAll(EnumSet.of(PERSON, ORGANIZATION, COUNTRY));
                case "place" -> selected.addAll(EnumSet.of(PLACE, COUNTRY));
                default -> selected.add(Arrays.stream(values())
                        .filter(type -> type.label.toLowerCase(Locale.ROOT).equals(key))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown type '" + name + "'; use "
                                + choices())));
            }
        }
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no type given; use " + choices());
        }
        return selected;
    }

    /** The names {@link #parseSelection} accepts, for messages and help. */
    public static String choices() {
        return "Actor, " + Arrays.stream(values()).map(EntityType::label).collect(Collectors.joining(", "));
    }
}
