package org.newsgraph.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Small invented news articles about invented countries and people, each with a dateline, so that a build has
 * facts to extract (drafts, vetoes, support, quotes, evacuations) without depending on any real corpus.
 */
final class InventedArticles {

    private static final List<String> COUNTRIES = List.of("Valdoria", "Brastova", "Kelmaria", "Ostrevia", "Tarvenia",
            "Quillan", "Morvask", "Delcora");
    private static final List<String> CITIES = List.of("Pellin", "Vost", "Harnel", "Carmeth", "Iskarra", "Dunmoor");
    private static final List<String> ENVOYS = List.of("Ilsa Varnholt", "Teodor Krell", "Mirela Ostaan",
            "Bastien Corwe", "Halvard Meen", "Yelena Strask");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    private InventedArticles() {
    }

    /** Writes {@code count} articles as {@code article-NN.txt} into {@code folder}; returns the folder. */
    static Path write(Path folder, int count) {
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                Files.writeString(folder.resolve(String.format(Locale.ROOT, "article-%02d.txt", i)), article(i));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String article(int i) {
        String drafter = COUNTRIES.get(i % COUNTRIES.size());
        String opponent = COUNTRIES.get((i + 3) % COUNTRIES.size());
        String backer = COUNTRIES.get((i + 5) % COUNTRIES.size());
        String city = CITIES.get(i % CITIES.size());
        String refuge = CITIES.get((i + 2) % CITIES.size());
        String envoy = ENVOYS.get(i % ENVOYS.size());
        String dateline = (1 + i % 27) + " " + MONTHS.get((i / 27) % 12) + ", 2031";
        return dateline + "\n\n"
                + opponent + " said on Monday it would veto a draft United Nations Security Council resolution "
                + "drafted by " + drafter + " demanding an end to the fighting in " + city + ".\n\n"
                + envoy + ", " + opponent + "'s ambassador to the UN, said his country could not accept the text.\n\n"
                + "\"We cannot support it,\" " + envoy + " said.\n\n"
                + backer + " backed the draft, and its foreign minister called the siege of " + city
                + " a disaster.\n\n"
                + "The evacuation of civilians from " + city + " to " + refuge + " was suspended after buses "
                + "came under fire.\n\n"
                + "Aid workers said thousands of people were still waiting to leave " + city + ".\n";
    }
}
