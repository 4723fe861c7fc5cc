package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.Map;

/** Connected components over string keys (union-find with path halving): which blocking keys end up linked. */
public final class KeyComponents {

    private final Map<String, String> parent = new HashMap<>();

    /** Links two keys; returns true when they were in different components. */
    public boolean union(String a, String b) {
        String ra = root(a);
        String rb = root(b);
        if (ra.equals(rb)) {
            return false;
        }
        // the smaller key becomes the root, so the result does not depend on the order of the unions
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
        return true;
    }

    /** The component's representative key; a key never linked is its own. */
    public String root(String key) {
        String current = key;
        while (true) {
            String up = parent.get(current);
            if (up == null) {
                return current;
            }
            String grand = parent.get(up);
            if (grand != null) {
                parent.put(current, grand);
            }
            current = up;
        }
    }

    /** Every key that was linked to another, with its component's representative. */
    public Map<String, String> roots() {
        Map<String, String> roots = new HashMap<>();
        for (String key : parent.keySet().toArray(String[]::new)) {
            roots.put(key, root(key));
        }
        for (String root : roots.values().toArray(String[]::new)) {
            roots.putIfAbsent(root, root);
        }
        return roots;
    }
}
