package org.newsgraph.nlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Annotations on disk, keyed by the hash of what CoreNLP was given (text, document date) and the pipeline
 * configuration, so rebuilding an unchanged article skips NLP. Entries are written to a temporary file and moved
 * into place, so a crash or a full disk never leaves a half-written entry behind.
 */
public final class AnnotationCache {

    private static final Logger log = LoggerFactory.getLogger(AnnotationCache.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path directory;

    public AnnotationCache(Path directory) {
        this.directory = directory;
    }

    public static String key(String nlpText, LocalDate date, NlpConfig config) {
        return sha256(config.fingerprint() + "\u0000" + date + "\u0000" + nlpText);
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    public Optional<AnnotatedDocument> get(String key) {
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return Optional.of(JSON.readValue(in, AnnotatedDocument.class));
        } catch (IOException e) {
            // A damaged entry is only a lost shortcut: annotate again and overwrite it.
            log.warn("ignoring unreadable annotation cache entry {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Stores the entry, whole or not at all. On a full disk the entry is dropped, with one warning naming the cache
     * and the space it needs; the build goes on without caching (the cache only saves time), and once space is free
     * again entries are written as before.
     */
    public void put(String key, AnnotatedDocument document) {
        Path file = fileFor(key);
        Path tmp = null;
        byte[] entry;
        try {
            entry = compressed(document);
        } catch (IOException e) {
            log.warn("could not encode annotation cache entry {}: {}", file, e.getMessage());
            return;
        }
        if (full && usableSpace() < 2L * entry.length) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), key, ".tmp");
            Files.write(tmp, entry);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            full = false;
        } catch (IOException e) {
            deleteQuietly(tmp);
            if (isOutOfSpace(e)) {
                if (!full) {
                    log.warn("annotation cache {}: the disk is full ({} KB free, an entry needs about {} KB); "
                            + "annotations are not cached until space is freed, the store is not affected",
                            directory, usableSpace() / 1024, Math.max(1, entry.length / 1024));
                }
                full = true;
            } else {
                log.warn("could not write annotation cache entry {}: {}", file, e.getMessage());
            }
        }
    }

    private volatile boolean full;

    private static byte[] compressed(AnnotatedDocument document) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            JSON.writeValue(out, document);
        }
        return bytes.toByteArray();
    }

    private long usableSpace() {
        try {
            Path existing = directory;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing == null ? Long.MAX_VALUE : Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean isOutOfSpace(IOException error) {
        String message = String.valueOf(error.getMessage());
        return message.contains("No space left on device") || message.contains("Disk quota exceeded");
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // A stray .tmp file is never read as an entry.
        }
    }

    private Path fileFor(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key + ".json.gz");
    }
}
