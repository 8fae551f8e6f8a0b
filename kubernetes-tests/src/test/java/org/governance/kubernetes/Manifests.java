package org.governance.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** The repository's k8s/ folder, and the overlays as {@code kubectl kustomize} renders them, parsed into the fabric8 model. */
final class Manifests {

    static final List<String> SERVICES = List.of("directors-service", "committees-service", "filings-service", "gateway", "web");
    static final List<String> OVERLAYS = List.of("local", "production");

    private static final KubernetesSerialization YAML = new KubernetesSerialization();
    private static final Map<String, Overlay> RENDERED = Collections.synchronizedMap(new HashMap<>());

    private Manifests() {
    }

    static Path root() {
        return Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    }

    static Path k8s() {
        return root().resolve("k8s");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** The objects of a multi-document YAML text. */
    static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.lines().anyMatch(line -> line.startsWith("kind:"))) {
                objects.add(YAML.unmarshal(document, HasMetadata.class));
            }
        }
        return objects;
    }

    /** {@code kubectl kustomize k8s/overlays/NAME}, rendered once per test run. */
    static Overlay overlay(String name) {
        return RENDERED.computeIfAbsent(name, Manifests::render);
    }

    private static Overlay render(String name) {
        Path dir = k8s().resolve("overlays").resolve(name);
        String cache = System.getProperty("kustomize.cache", System.getProperty("java.io.tmpdir") + "/kubectl-cache");
        try {
            Path output = Files.createTempFile("kustomize-" + name, ".yaml");
            Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString(), "--cache-dir", cache)
                    .redirectOutput(output.toFile()).redirectErrorStream(false).start();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                fail("kubectl kustomize " + dir + " failed: " + errors);
            }
            String yaml = read(output);
            Files.delete(output);
            return new Overlay(name, parse(yaml));
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is needed to render the overlays (kubectl kustomize): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A rendered overlay. */
    record Overlay(String name, List<HasMetadata> objects) {

        <T extends HasMetadata> List<T> all(Class<T> kind) {
            return objects.stream().filter(kind::isInstance).map(kind::cast).toList();
        }

        <T extends HasMetadata> T one(Class<T> kind, String name) {
            List<T> found = all(kind).stream().filter(o -> o.getMetadata().getName().equals(name)).toList();
            assertThat(found).as("%s %s in overlay %s", kind.getSimpleName(), name, this.name).hasSize(1);
            return found.get(0);
        }

        /** Deployments and StatefulSets, by name, with their pod templates. */
        Map<String, PodTemplateSpec> workloads() {
            Map<String, PodTemplateSpec> workloads = new HashMap<>();
            all(Deployment.class).forEach(d -> workloads.put(d.getMetadata().getName(), d.getSpec().getTemplate()));
            all(StatefulSet.class).forEach(s -> workloads.put(s.getMetadata().getName(), s.getSpec().getTemplate()));
            return workloads;
        }

        Stream<Container> containers(PodTemplateSpec pod) {
            return Stream.concat(pod.getSpec().getContainers().stream(),
                    pod.getSpec().getInitContainers() == null ? Stream.empty() : pod.getSpec().getInitContainers().stream());
        }
    }
}
