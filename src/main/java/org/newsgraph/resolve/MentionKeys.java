package org.newsgraph.resolve;

import org.newsgraph.extract.LocalEntity;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Blocking keys for named mentions. Two mentions whose resolution could influence each other in
 * {@link EntityResolver} always share a key: the resolver only ever compares a mention with entities found through
 * the same normalised name, the same surname, initials that abbreviate a name, a shared trailing run of words, the
 * same transliteration skeleton, or the same minted IRI. So the connected groups of mentions linked by keys can be
 * resolved independently, each replayed in corpus order, and give exactly the sequential resolver's IRIs (the only
 * decision this does not cover, a numbered IRI like {@code x-2} colliding with a natural one, is checked after the
 * fact by {@link BlockedResolution}).
 */
public final class MentionKeys {

    private MentionKeys() {
    }

    /** The keys of one named mention ({@link EntityResolver#isNamed}); never empty, first the label's name key. */
    public static Set<String> named(LocalEntity e) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        names.add(e.label());
        names.addAll(e.names());
        for (String name : names) {
            keys.add("name|" + EntityResolver.indexKey(e.kind(), name));
        }
        keys.add("iri|" + e.kind().name().toLowerCase(Locale.ROOT) + "/" + Names.slug(e.label()));
        switch (e.kind()) {
            case PERSON -> keys.add("surname|" + Names.surname(e.label()));
            case ORGANIZATION -> names.forEach(name -> organizationKeys(name, keys));
            case PLACE -> names.forEach(name -> keys.add("skeleton|" + Names.transliterationSkeleton(name)));
            default -> {
            }
        }
        return keys;
    }

    /** Both sides of an abbreviation meet on the initials; a shorter form and a longer name on their common tail. */
    private static void organizationKeys(String name, Set<String> keys) {
        if (EntityResolver.looksLikeAbbreviation(name)) {
            keys.add("initials|" + name);
        }
        if (name.contains(" ")) {
            keys.add("initials|" + Names.initials(name));
        }
        String[] words = Names.key(name).split(" ");
        for (int start = 0; start <= words.length - 2; start++) {
            keys.add("tail|" + String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length)));
        }
    }
}
