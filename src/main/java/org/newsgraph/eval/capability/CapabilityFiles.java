package org.newsgraph.eval.capability;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.newsgraph.eval.ScoredPredicate;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Reads and checks capability files: every {@code *.yaml} under {@code capabilities/} on the class path (from the
 * classes folder or from a jar), or in a folder given. A file that cannot be used fails with one message naming it.
 */
public final class CapabilityFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CapabilityFiles() {
    }

    /** The capabilities shipped with newsgraph, in name order. */
    public static List<Capability> standard() {
        URL root = CapabilityFiles.class.getResource("/capabilities");
        if (root == null) {
            throw new IllegalStateException("no capabilities/ folder on the class path");
        }
        try {
            URI uri = root.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem jar;
                try {
                    jar = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                }
                return read(jar.getPath("/capabilities"));
            }
            return read(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the capabilities: " + e.getMessage(), e);
        }
    }

    /** Every capability file under the folder, in name order; names must be unique. */
    public static List<Capability> read(Path folder) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new CapabilityFormatException(folder + ": cannot list the folder: " + e.getMessage());
        }
        List<Capability> capabilities = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            Capability capability = readOne(file);
            if (!names.add(capability.name())) {
                throw new CapabilityFormatException(file + ": the name " + capability.name() + " is used twice");
            }
            capabilities.add(capability);
        }
        capabilities.sort(java.util.Comparator.comparing(Capability::name));
        return capabilities;
    }

    static Capability readOne(Path file) {
        Capability capability;
        try {
            capability = YAML.readValue(Files.readString(file), Capability.class);
        } catch (IOException e) {
            throw new CapabilityFormatException(file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"));
        }
        check(file, capability);
        return capability;
    }

    private static void check(Path file, Capability c) {
        if (c.name() == null || !c.name().matches("[a-z0-9-]+/[a-z0-9-]+")) {
            throw problem(file, "name must be area/short-name in lower case, got " + c.name());
        }
        if (c.cases() < 1) {
            throw problem(file, "cases must be at least 1");
        }
        if (c.templates().isEmpty()) {
            throw problem(file, "no templates");
        }
        if (c.expect().isEmpty() && c.forbid().isEmpty()) {
            throw problem(file, "neither expect nor forbid rows: such a case cannot fail");
        }
        for (Map.Entry<String, Object> slot : c.slots().entrySet()) {
            Object v = slot.getValue();
            boolean literals = v instanceof List<?> list && !list.isEmpty()
                    && list.stream().allMatch(e -> !(e instanceof Map<?, ?> m) || m.get("text") instanceof String);
            if (!literals && !(v instanceof String g && SlotValues.GENERATORS.contains(g))) {
                throw problem(file, "slot " + slot.getKey() + " is neither a list of values (strings, or maps with a "
                        + "text) nor one of the generators "
                        + new java.util.TreeSet<>(SlotValues.GENERATORS));
            }
        }
        List<String> texts = new ArrayList<>(c.templates());
        texts.addAll(c.context());
        c.slots().values().stream().filter(v -> v instanceof List<?>).flatMap(v -> ((List<?>) v).stream())
                .map(e -> CaseGenerator.literal(e).text()).forEach(texts::add);
        for (List<String> row : concat(c.expect(), c.forbid())) {
            if (row.size() != 3) {
                throw problem(file, "a row must be [subject, predicate, object], got " + row);
            }
            if (ScoredPredicate.byGoldName(row.get(1)).isEmpty()) {
                throw problem(file, "the predicate " + row.get(1) + " is not scored by newsgraph eval");
            }
            texts.add(row.get(0));
            texts.add(row.get(2));
        }
        for (String text : texts) {
            Matcher m = CaseGenerator.SLOT.matcher(text);
            while (m.find()) {
                if (!c.slots().containsKey(m.group(1))) {
                    throw problem(file, "{" + m.group(1) + "} is used but is no slot");
                }
            }
        }
    }

    private static List<List<String>> concat(List<List<String>> a, List<List<String>> b) {
        List<List<String>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static CapabilityFormatException problem(Path file, String message) {
        return new CapabilityFormatException(file + ": " + message);
    }

}
