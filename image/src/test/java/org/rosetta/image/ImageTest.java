package org.rosetta.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the image Jib wrote to a tar (a docker-archive: manifest.json, the image's configuration
 * and its layers) and holds it to what the Kubernetes manifest expects of it: its name, the
 * command and port, and every file of the PostgreSQL build under /deployments.
 */
class ImageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    /** The image's JSON files (manifest.json, the configuration), read whole: they are small. */
    private static final Map<String, byte[]> documents = new HashMap<>();
    /** Each layer's files with their sizes, read as the layer streams past: layers are most of the image's 200 MB. */
    private static final Map<String, Map<String, Long>> layers = new HashMap<>();
    private static JsonNode manifest;
    private static JsonNode config;

    @BeforeAll
    static void readImage() throws IOException {
        try (var in = new TarArchiveInputStream(Files.newInputStream(Path.of(System.getProperty("rosetta.image.tar"))))) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isFile()) {
                    continue;
                }
                String name = entry.getName().replaceFirst("^/", "");
                if (name.endsWith(".json")) {
                    documents.put(name, in.readAllBytes());
                } else if (name.endsWith(".tar.gz")) {
                    // A layer; closing it must leave the archive around it open.
                    try (var layer = new TarArchiveInputStream(new GZIPInputStream(CloseShield.of(in)))) {
                        layers.put(name, files(layer));
                    }
                }
            }
        }
        manifest = JSON.readTree(documents.get("manifest.json")).get(0);
        config = JSON.readTree(documents.get(manifest.get("Config").asText()));
    }

    @Test
    void isNamedAsTheKubernetesManifestRunsIt() throws IOException {
        String name = System.getProperty("rosetta.image.name");
        assertThat(manifest.get("RepoTags").get(0).asText()).isEqualTo(name);
        assertThat(manifestValue("image")).isEqualTo(name);
    }

    @Test
    void runsTheApplicationOnTheManifestsPort() throws IOException {
        JsonNode container = config.get("config");
        assertThat(JSON.convertValue(container.get("Entrypoint"), STRINGS))
                .containsExactly("java", "-jar", "/deployments/quarkus-run.jar");
        assertThat(container.get("WorkingDir").asText()).isEqualTo("/deployments");
        assertThat(container.get("User").asText()).isEqualTo("185");
        String port = manifestValue("containerPort");
        assertThat(container.get("ExposedPorts").has(port + "/tcp")).as("port %s exposed", port).isTrue();
        assertThat(JSON.convertValue(container.get("Env"), STRINGS)).contains("ROSETTA_DATA=/tmp/rosetta");
    }

    @Test
    void holdsEveryFileOfThePostgresqlBuild() throws IOException {
        Map<String, Long> inImage = new HashMap<>();
        for (JsonNode layer : manifest.get("Layers")) {
            assertThat(layers).as("layer %s in the archive", layer.asText()).containsKey(layer.asText());
            inImage.putAll(layers.get(layer.asText()));
        }
        Path application = Path.of(System.getProperty("rosetta.application"));
        Map<String, Long> built = new HashMap<>();
        try (Stream<Path> files = Files.walk(application)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(file -> !application.relativize(file).startsWith("kubernetes"))::iterator) {
                built.put("deployments/" + application.relativize(file).toString().replace('\\', '/'), Files.size(file));
            }
        }
        assertThat(built).containsKey("deployments/quarkus-run.jar");
        assertThat(built.keySet()).anyMatch(name -> name.matches("deployments/lib/main/org\\.postgresql\\.postgresql-.*\\.jar"));
        assertThat(inImage).containsAllEntriesOf(built);
    }

    /** A value the Kubernetes manifest gives once, such as its image or container port. */
    private static String manifestValue(String key) throws IOException {
        String yaml = Files.readString(Path.of(System.getProperty("rosetta.manifest")));
        Matcher value = Pattern.compile("(?m)^\\s*-?\\s*" + key + ": \"?([^\"\\s]+)\"?$").matcher(yaml);
        assertThat(value.find()).as("%s in the Kubernetes manifest", key).isTrue();
        return value.group(1);
    }

    /** The files of a layer and their sizes, as its tar headers give them. */
    private static Map<String, Long> files(TarArchiveInputStream layer) throws IOException {
        Map<String, Long> files = new HashMap<>();
        for (TarArchiveEntry entry = layer.getNextEntry(); entry != null; entry = layer.getNextEntry()) {
            if (entry.isFile()) {
                files.put(entry.getName().replaceFirst("^/", ""), entry.getSize());
            }
        }
        return files;
    }

    /** A stream that leaves the one under it open when closed. */
    private static final class CloseShield extends java.io.FilterInputStream {
        private CloseShield(InputStream in) {
            super(in);
        }

        static InputStream of(InputStream in) {
            return new CloseShield(in);
        }

        @Override
        public void close() {}
    }
}
