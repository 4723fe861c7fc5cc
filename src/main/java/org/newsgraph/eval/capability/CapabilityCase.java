package org.newsgraph.eval.capability;

import java.util.List;

/** One generated case: its document id and text, and the filled gold rows it must and must not yield. */
public record CapabilityCase(String capability, String document, String text, List<List<String>> expect,
                             List<List<String>> forbid) {

    public CapabilityCase {
        expect = List.copyOf(expect);
        forbid = List.copyOf(forbid);
    }
}
