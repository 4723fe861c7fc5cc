package org.newsgraph.extract;

/** The kinds of things extraction finds; each maps to one class of the ontology. */
public enum EntityKind {
    PERSON, ORGANIZATION, COUNTRY, PLACE, RESOLUTION, EVACUATION, STATEMENT;

    public boolean isActor() {
        return this == PERSON || this == ORGANIZATION || this == COUNTRY;
    }

    public boolean isPlace() {
        return this == PLACE || this == COUNTRY;
    }
}
