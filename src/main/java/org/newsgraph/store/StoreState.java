package org.newsgraph.store;

import org.newsgraph.nlp.AnnotationCache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A fingerprint of the committed state of a store's TDB2 files, read from the files without opening the store, so
 * that something computed from the store can be told apart from a store that changed since, whoever changed it
 * (newsgraph, a server's update, a standalone Fuseki, the tdb2 tools).
 * <p>
 * TDB2's indexes are copy-on-write B+trees: a commit that changes any quad, node or prefix writes new blocks and
 * records the tree's new root and allocation limits in the index's small state file ({@code .bpt}); the node data
 * file's committed length is in its state file ({@code .bdf}). Those files are written only when a transaction
 * commits, so their bytes, with the data folder in use and every file's length, name one committed state. A commit
 * that a crash left in the journal is not applied yet, and the journal is then not empty: such a store has no
 * fingerprint, since the next opening of the store changes it.
 */
public final class StoreState {

    private static final Pattern DATA_FOLDER = Pattern.compile("Data-(\\d+)");
    private static final String JOURNAL = "journal.jrnl";
    /** Held by whichever process has the store open; says nothing about its content. */
    private static final String LOCK = "tdb.lock";

    private StoreState() {
    }

    /**
     * The fingerprint of the store at {@code store}, or empty when there is no readable TDB2 store there or it has a
     * commit still to apply.
     */
    public static Optional<String> of(Path store) {
        try {
            TreeMap<Integer, String> dataFolders = new TreeMap<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(store)) {
                for (Path entry : entries) {
                    var name = DATA_FOLDER.matcher(entry.getFileName().toString());
                    if (name.matches() && Files.isDirectory(entry)) {
                        dataFolders.put(Integer.parseInt(name.group(1)), entry.getFileName().toString());
                    }
                }
            }
            if (dataFolders.isEmpty()) {
                return Optional.empty();
            }
            // TDB2 opens the highest-numbered data folder; the others are what compaction left.
            StringBuilder state = new StringBuilder(String.join(",", dataFolders.values())).append('\n');
            Path data = store.resolve(dataFolders.lastEntry().getValue());
            TreeMap<String, Path> files = new TreeMap<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(data)) {
                entries.forEach(file -> files.put(file.getFileName().toString(), file));
            }
            for (var file : files.entrySet()) {
                String name = file.getKey();
                if (name.equals(LOCK)) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file.getValue(), BasicFileAttributes.class);
                if (name.equals(JOURNAL) && attributes.size() != 0) {
                    return Optional.empty();
                }
                state.append(name).append(' ').append(attributes.size());
                if (name.endsWith(".bpt") || name.endsWith(".bdf")) {
                    state.append(' ').append(attributes.lastModifiedTime().toInstant()).append(' ')
                            .append(HexFormat.of().formatHex(Files.readAllBytes(file.getValue())));
                }
                state.append('\n');
            }
            return Optional.of(AnnotationCache.sha256(state.toString()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
