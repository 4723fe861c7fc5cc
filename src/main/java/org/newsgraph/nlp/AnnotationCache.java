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
 * into place, so a crash never leaves a half-written entry behind.
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

    public void put(String key, AnnotatedDocument document) {
        Path file = fileFor(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), key, ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                JSON.writeValue(out, document);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log.warn("could not write annotation cache entry {}: {}", file, e.getMessage());
        }
    }

    private Path fileFor(String key) {
        return directory.resolve(key.substring(0, 2)).resolve(key + ".json.gz");
    }
}
