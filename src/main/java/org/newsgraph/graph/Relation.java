package org.newsgraph.graph;

import org.apache.jena.rdf.model.Property;
import org.newsgraph.rdf.NG;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ontology's properties between two entities, which become the edges of an export. {@code ng:draftedBy} is not
 * one of them: the pipeline writes it as the inverse of {@code ng:drafted}, so the projection folds it into a
 * drafted edge from the drafter to the resolution instead of drawing the same fact twice. {@code ng:status} points at
 * a value (ng:Vetoed), not an entity, and is a node attribute.
 */
public enum Relation {
    DRAFTED(NG.drafted, Tone.SUPPORT),
    SUPPORTS(NG.supports, Tone.SUPPORT),
    VOTED_FOR(NG.votedFor, Tone.SUPPORT),
    OPPOSES(NG.opposes, Tone.OPPOSITION),
    VETOED(NG.vetoed, Tone.OPPOSITION),
    VOTED_AGAINST(NG.votedAgainst, Tone.OPPOSITION),
    ABSTAINED_ON(NG.abstainedOn, Tone.ABSTENTION),
    REPRESENTS(NG.represents, Tone.NEUTRAL),
    CONSIDERED_BY(NG.consideredBy, Tone.NEUTRAL),
    CONCERNS(NG.concerns, Tone.NEUTRAL),
    FROM(NG.from, Tone.NEUTRAL),
    TO(NG.to, Tone.NEUTRAL),
    FACILITATED_BY(NG.facilitatedBy, Tone.SUPPORT),
    OBSTRUCTED_BY(NG.obstructedBy, Tone.OPPOSITION),
    SPEAKER(NG.speaker, Tone.NEUTRAL),
    ON_BEHALF_OF(NG.onBehalfOf, Tone.NEUTRAL),
    ABOUT(NG.about, Tone.NEUTRAL);

    /** How an edge is coloured: who stands for and who against is what a reader looks for first. */
    public enum Tone {
        SUPPORT("#1B9E77"),
        OPPOSITION("#D62728"),
        ABSTENTION("#E6AB02"),
        NEUTRAL("#7F7F7F");

        private final String colour;

        Tone(String colour) {
            this.colour = colour;
        }

        public String colour() {
            return colour;
        }
    }

    private final Property property;
    private final Tone tone;

    Relation(Property property, Tone tone) {
        this.property = property;
        this.tone = tone;
    }

    public Property property() {
        return property;
    }

    /** The property's local name: "opposes". */
    public String localName() {
        return property.getLocalName();
    }

    public Tone tone() {
        return tone;
    }

    static Relation ofProperty(String iri) {
        for (Relation relation : values()) {
            if (relation.property.getURI().equals(iri)) {
                return relation;
            }
        }
        return null;
    }

    /**
     * The relations a {@code --predicate} value names: comma-separated local names ("opposes") or prefixed names
     * ("ng:opposes"), case-insensitive; "draftedBy" selects the drafted edges it is folded into.
     *
     * @throws IllegalArgumentException for a name that is not a relation between entities
     */
    public static Set<Relation> parseSelection(String names) {
        Set<Relation> selected = EnumSet.noneOf(Relation.class);
        for (String raw : names.split(",")) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            String key = name.toLowerCase(Locale.ROOT);
            if (key.startsWith("ng:")) {
                key = key.substring(3);
            } else if (key.startsWith(NG.NS.toLowerCase(Locale.ROOT))) {
                key = key.substring(NG.NS.length());
            }
            if (key.equals("draftedby")) {
                key = "drafted";
            }
            String wanted = key;
            selected.add(Arrays.stream(values())
                    .filter(relation -> relation.localName().toLowerCase(Locale.ROOT).equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown predicate '" + name + "'; use one of "
                            + choices())));
        }
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("no predicate given; use one of " + choices());
        }
        return selected;
    }

    public static String choices() {
        return Arrays.stream(values()).map(Relation::localName).collect(Collectors.joining(", "));
    }
}
