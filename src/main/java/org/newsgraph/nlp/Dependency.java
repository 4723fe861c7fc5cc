package org.newsgraph.nlp;

/** A basic/enhanced++ dependency edge; token indices are 1-based, governor 0 is the root. */
public record Dependency(String relation, int governor, int dependent) {}
