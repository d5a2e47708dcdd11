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

    private static Map<String, byte[]> archive;
    private static JsonNode manifest;
    private static JsonNode config;

    @BeforeAll
    static void readImage() throws IOException {
        archive = entries(Files.newInputStream(Path.of(System.getProperty("rosetta.image.tar"))));
        manifest = JSON.readTree(archive.get("manifest.json")).get(0);
        config = JSON.readTree(archive.get(manifest.get("Config").asText()));
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
            try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(archive.get(layer.asText())))) {
                entries(in).forEach((name, bytes) -> inImage.put(name, (long) bytes.length));
            }
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

    private static Map<String, byte[]> entries(InputStream tar) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (var in = new TarArchiveInputStream(tar)) {
            for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isFile()) {
                    entries.put(entry.getName().replaceFirst("^/", ""), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
