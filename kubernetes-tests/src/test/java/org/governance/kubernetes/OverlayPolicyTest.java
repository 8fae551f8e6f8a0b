package org.governance.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.governance.kubernetes.Manifests.Overlay;
import org.governance.kubernetes.NetworkFlows.Pod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;

/** The deployment rules, checked on every overlay as {@code kubectl kustomize} renders it. */
class OverlayPolicyTest {

    static final List<String> OVERLAYS = Manifests.OVERLAYS;
    private static final String NAMESPACE = "governance";

    // ---- every service -------------------------------------------------------------------------------------

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceHasHealthProbesResourcesAndARestrictedSecurityContext(String name) {
        Overlay overlay = Manifests.overlay(name);
        for (String service : Manifests.SERVICES) {
            Deployment deployment = overlay.one(Deployment.class, service);
            PodTemplateSpec pod = deployment.getSpec().getTemplate();
            Container container = pod.getSpec().getContainers().get(0);
            assertThat(pod.getSpec().getContainers()).as(service).hasSize(1);
            assertThat(path(container.getLivenessProbe())).as(service + " liveness").isEqualTo("/q/health/live");
            assertThat(path(container.getReadinessProbe())).as(service + " readiness").isEqualTo("/q/health/ready");
            assertThat(path(container.getStartupProbe())).as(service + " startup").isEqualTo("/q/health/started");
            assertThat(container.getResources().getRequests()).as(service + " requests").containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(service + " limits").containsKeys("cpu", "memory");

            var security = container.getSecurityContext();
            assertThat(security.getAllowPrivilegeEscalation()).as(service + " privilege escalation").isFalse();
            assertThat(security.getReadOnlyRootFilesystem()).as(service + " read-only root").isTrue();
            assertThat(security.getCapabilities().getDrop()).as(service + " capabilities").containsExactly("ALL");
            assertThat(security.getCapabilities().getAdd()).as(service + " capabilities added").isNullOrEmpty();
            assertThat(security.getRunAsNonRoot()).as(service + " non-root").isTrue();
            assertThat(pod.getSpec().getSecurityContext().getRunAsUser()).as(service + " user").isNotNull().isNotZero();
            assertThat(security.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            // the JVM's temporary files go to a volume, since the root filesystem is read-only
            assertThat(container.getVolumeMounts()).anySatisfy(m -> assertThat(m.getMountPath()).isEqualTo("/tmp"));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceHasAnAutoscalerAndADisruptionBudgetOverItsPods(String name) {
        Overlay overlay = Manifests.overlay(name);
        for (String service : Manifests.SERVICES) {
            Deployment deployment = overlay.one(Deployment.class, service);
            HorizontalPodAutoscaler autoscaler = overlay.one(HorizontalPodAutoscaler.class, service);
            assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(service);
            assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(autoscaler.getSpec().getMinReplicas());
            PodDisruptionBudget budget = overlay.one(PodDisruptionBudget.class, service);
            assertThat(NetworkFlows.matches(budget.getSpec().getSelector(), deployment.getSpec().getTemplate().getMetadata().getLabels()))
                    .as("the disruption budget of %s selects its pods", service).isTrue();
            if (name.equals("production")) {
                assertThat(deployment.getSpec().getReplicas()).as(service + " replicas").isGreaterThanOrEqualTo(2);
                assertThat(autoscaler.getSpec().getMinReplicas()).as(service + " minimum replicas").isGreaterThanOrEqualTo(2);
            } else {
                assertThat(deployment.getSpec().getReplicas()).as(service + " replicas").isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyImageHasAPinnedTagAndEveryContainerLimits(String name) {
        Overlay overlay = Manifests.overlay(name);
        overlay.workloads().forEach((workload, pod) -> overlay.containers(pod).forEach(container -> {
            String image = container.getImage();
            String tag = image.substring(image.lastIndexOf('/') + 1).contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
            assertThat(tag).as("tag of %s in %s", image, workload).isNotEmpty().isNotEqualTo("latest").matches("[0-9][0-9A-Za-z.\\-]*");
            assertThat(container.getResources().getLimits()).as("limits of %s in %s", container.getName(), workload)
                    .containsKeys("cpu", "memory");
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(workload).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).as(workload).containsExactly("ALL");
        }));
    }

    // ---- wiring --------------------------------------------------------------------------------------------

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceSelectsThePodsOfAWorkloadOnAPortTheyOpen(String name) {
        Overlay overlay = Manifests.overlay(name);
        Map<String, PodTemplateSpec> workloads = overlay.workloads();
        assertThat(overlay.all(Service.class)).isNotEmpty();
        for (Service service : overlay.all(Service.class)) {
            List<PodTemplateSpec> selected = workloads.values().stream()
                    .filter(pod -> pod.getMetadata().getLabels().entrySet().containsAll(service.getSpec().getSelector().entrySet()))
                    .toList();
            assertThat(selected).as("pods selected by Service %s", service.getMetadata().getName()).hasSize(1);
            List<ContainerPort> ports = selected.get(0).getSpec().getContainers().stream()
                    .flatMap(c -> c.getPorts().stream()).toList();
            service.getSpec().getPorts().forEach(port -> assertThat(ports).as("target port of Service %s", service.getMetadata().getName())
                    .anySatisfy(open -> assertThat(port.getTargetPort().getIntVal() != null
                            ? open.getContainerPort().equals(port.getTargetPort().getIntVal())
                            : port.getTargetPort().getStrVal().equals(open.getName())).isTrue()));
        }
        for (Ingress ingress : overlay.all(Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path ->
                    assertThat(overlay.one(Service.class, path.getBackend().getService().getName())).isNotNull()));
        }
        assertThat(overlay.one(Ingress.class, "gateway").getSpec().getRules().get(0).getHttp().getPaths().get(0)
                .getBackend().getService().getName()).isEqualTo("gateway");
        assertThat(overlay.one(Ingress.class, "web").getSpec().getRules().get(0).getHttp().getPaths().get(0)
                .getBackend().getService().getName()).isEqualTo("web");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyConfigMapKeyAContainerReadsExistsInTheOverlay(String name) {
        Overlay overlay = Manifests.overlay(name);
        Map<String, Set<String>> configMaps = new HashMap<>();
        overlay.all(ConfigMap.class).forEach(c -> configMaps.put(c.getMetadata().getName(), c.getData().keySet()));
        List<String[]> references = references(overlay, "configMap");
        assertThat(references).isNotEmpty();
        for (String[] reference : references) {
            assertThat(configMaps).as("ConfigMap %s read by %s", reference[0], reference[2]).containsKey(reference[0]);
            if (reference[1] != null) {
                assertThat(configMaps.get(reference[0])).as("key %s of ConfigMap %s read by %s", reference[1], reference[0], reference[2])
                        .contains(reference[1]);
            }
        }
    }

    @Test
    void inTheLocalOverlayEverySecretKeyAContainerReadsExists() {
        Overlay overlay = Manifests.overlay("local");
        Map<String, Set<String>> secrets = new HashMap<>();
        overlay.all(Secret.class).forEach(s -> secrets.put(s.getMetadata().getName(), s.getData().keySet()));
        for (String[] reference : references(overlay, "secret")) {
            assertThat(secrets).as("Secret %s read by %s", reference[0], reference[2]).containsKey(reference[0]);
            if (reference[1] != null) {
                assertThat(secrets.get(reference[0])).as("key %s of Secret %s", reference[1], reference[0]).contains(reference[1]);
            }
        }
    }

    @Test
    void productionHoldsNoSecretsAndReadsExactlyTheOnesTheOperatorIsToldToCreate() {
        Overlay overlay = Manifests.overlay("production");
        assertThat(overlay.all(Secret.class)).as("Secrets in the production overlay").isEmpty();
        Set<String> read = new TreeSet<>();
        references(overlay, "secret").forEach(r -> read.add(r[0] + " " + r[1]));
        overlay.all(Ingress.class).forEach(i -> {
            if (i.getSpec().getTls() != null) {
                i.getSpec().getTls().forEach(tls -> {
                    read.add(tls.getSecretName() + " tls.crt");
                    read.add(tls.getSecretName() + " tls.key");
                });
            }
        });
        Set<String> documented = new TreeSet<>();
        Manifests.read(Manifests.k8s().resolve("overlays/production/required-secrets.txt")).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .forEach(line -> {
                    String[] words = line.trim().split("\\s+");
                    for (int i = 1; i < words.length; i++) {
                        documented.add(words[0] + " " + words[i]);
                    }
                });
        assertThat(read).as("secret keys production reads, against required-secrets.txt").isEqualTo(documented);
    }

    @Test
    void productionHasNoDemoUsersNoInClusterDatabaseOrKeycloakAndTerminatesTls() {
        Overlay overlay = Manifests.overlay("production");
        assertThat(overlay.all(StatefulSet.class)).isEmpty();
        assertThat(overlay.workloads()).containsOnlyKeys(Manifests.SERVICES);
        for (ConfigMap configMap : overlay.all(ConfigMap.class)) {
            assertThat(configMap.getData().values()).as("ConfigMap %s", configMap.getMetadata().getName())
                    .noneSatisfy(value -> assertThat(value).containsAnyOf("local-dev", "\"users\"", "password"));
        }
        assertThat(overlay.one(Ingress.class, "gateway").getSpec().getTls()).isNotEmpty();
        assertThat(overlay.one(Ingress.class, "web").getSpec().getTls()).isNotEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theWebAppReachesTheGatewayAndTakesItsSecretsFromTheSecretWebOidc(String name) {
        Container web = Manifests.overlay(name).one(Deployment.class, "web").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(env(web, "GATEWAY_URL").getValue()).isEqualTo("http://gateway:8080");
        // the local overlay's generated Secret carries kustomize's hash suffix
        assertThat(env(web, "WEB_CLIENT_SECRET").getValueFrom().getSecretKeyRef().getName()).startsWith("web-oidc");
        assertThat(env(web, "WEB_SESSION_SECRET").getValueFrom().getSecretKeyRef().getName()).startsWith("web-oidc");
        assertThat(env(web, "OIDC_AUTH_SERVER_URL").getValueFrom().getConfigMapKeyRef().getKey()).isEqualTo("oidc-auth-server-url");
    }

    // ---- the local overlay's own servers -------------------------------------------------------------------

    @Test
    void localRunsOnePostgreSqlStatefulSetWithItsOwnVolumePerServiceDatabase() {
        Overlay overlay = Manifests.overlay("local");
        ConfigMap endpoints = overlay.all(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().startsWith("governance-endpoints")).findFirst().orElseThrow();
        for (String database : List.of("directors", "committees", "filings")) {
            StatefulSet postgres = overlay.one(StatefulSet.class, "postgres-" + database);
            assertThat(postgres.getSpec().getVolumeClaimTemplates()).hasSize(1);
            Container container = postgres.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(container.getVolumeMounts()).anySatisfy(m -> {
                assertThat(m.getName()).isEqualTo(postgres.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName());
                assertThat(m.getMountPath()).isEqualTo("/var/lib/postgresql/data");
            });
            assertThat(env(container, "POSTGRES_DB").getValue()).isEqualTo(database);
            // the service connects to this StatefulSet's Service, with the same Secret as the database was created with
            assertThat(endpoints.getData().get(database + "-db-url"))
                    .isEqualTo("jdbc:postgresql://postgres-" + database + ":5432/" + database);
            assertThat(overlay.one(Service.class, "postgres-" + database)).isNotNull();
            Container service = overlay.one(Deployment.class, database + "-service").getSpec().getTemplate().getSpec().getContainers().get(0);
            assertThat(env(service, database.toUpperCase() + "_DB_PASSWORD").getValueFrom().getSecretKeyRef().getName())
                    .isEqualTo(env(container, "POSTGRES_PASSWORD").getValueFrom().getSecretKeyRef().getName());
        }
    }

    @Test
    void localKeycloakImportsTheRealmFromTheSameFilesAndScriptAsTheLocalPlatform() {
        Overlay overlay = Manifests.overlay("local");
        ConfigMap sources = overlay.all(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().startsWith("keycloak-realm-sources")).findFirst().orElseThrow();
        for (String file : List.of("realm-governance.json", "local-development.json", "keycloak_realm.py")) {
            assertThat(sources.getData().get(file)).as(file).isEqualTo(Manifests.read(Manifests.k8s().resolve("keycloak").resolve(file)));
        }
        assertThat(Manifests.read(Manifests.root().resolve("scripts/keycloak.sh"))).contains("k8s/keycloak/keycloak_realm.py\" --local");
        PodTemplateSpec keycloak = overlay.workloads().get("keycloak");
        Container init = keycloak.getSpec().getInitContainers().get(0);
        assertThat(init.getCommand()).containsSubsequence("/realm-sources/keycloak_realm.py", "--local");
        String output = init.getCommand().get(init.getCommand().size() - 1);
        Container server = keycloak.getSpec().getContainers().get(0);
        assertThat(server.getArgs()).contains("--import-realm");
        String importVolume = init.getVolumeMounts().stream().filter(m -> output.startsWith(m.getMountPath())).findFirst().orElseThrow().getName();
        assertThat(server.getVolumeMounts()).anySatisfy(m -> {
            assertThat(m.getName()).isEqualTo(importVolume);
            assertThat(m.getMountPath()).isEqualTo("/opt/keycloak/data/import");
        });
        assertThat(overlay.one(Ingress.class, "keycloak")).isNotNull();
        assertThat(overlay.one(Namespace.class, NAMESPACE)).isNotNull();
    }

    // ---- Kafka ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    @SuppressWarnings("unchecked")
    void kafkaIsOneStrimziClusterInKraftModeThatOnlyThePublishersReach(String name) {
        Overlay overlay = Manifests.overlay(name);
        GenericKubernetesResource kafka = overlay.all(GenericKubernetesResource.class).stream()
                .filter(r -> r.getKind().equals("Kafka")).findFirst().orElseThrow();
        assertThat(kafka.getMetadata().getName()).isEqualTo("governance-kafka");
        assertThat(kafka.getMetadata().getAnnotations()).containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        GenericKubernetesResource pool = overlay.all(GenericKubernetesResource.class).stream()
                .filter(r -> r.getKind().equals("KafkaNodePool")).findFirst().orElseThrow();
        assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "governance-kafka");
        Map<String, Object> poolSpec = (Map<String, Object>) pool.getAdditionalProperties().get("spec");
        assertThat((List<String>) poolSpec.get("roles")).containsExactlyInAnyOrder("controller", "broker");
        assertThat(poolSpec.get("replicas")).isEqualTo(name.equals("production") ? 3 : 1);

        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) kafka.getAdditionalProperties().get("spec")).get("kafka");
        List<Map<String, Object>> listeners = (List<Map<String, Object>>) spec.get("listeners");
        assertThat(listeners).hasSize(1);
        List<String> peers = ((List<Map<String, Object>>) listeners.get(0).get("networkPolicyPeers")).stream()
                .map(peer -> ((Map<String, Map<String, String>>) peer.get("podSelector")).get("matchLabels").get("app.kubernetes.io/name"))
                .toList();
        List<String> publishers = List.of("directors-service", "committees-service", "filings-service");
        assertThat(peers).containsExactlyInAnyOrderElementsOf(publishers);
        Map<String, Object> config = (Map<String, Object>) spec.get("config");
        assertThat(config.get("default.replication.factor")).isEqualTo(name.equals("production") ? 3 : 1);

        // every publisher finds the cluster's bootstrap service through governance-endpoints
        ConfigMap endpoints = overlay.all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().startsWith("governance-endpoints"))
                .findFirst().orElseThrow();
        assertThat(endpoints.getData()).containsEntry("kafka-bootstrap-servers", "governance-kafka-kafka-bootstrap:9092");
        for (String service : publishers) {
            EnvVar bootstrap = overlay.one(Deployment.class, service).getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
                    .stream().filter(e -> e.getName().equals("KAFKA_BOOTSTRAP_SERVERS")).findFirst().orElseThrow();
            assertThat(bootstrap.getValueFrom().getConfigMapKeyRef().getKey()).isEqualTo("kafka-bootstrap-servers");
        }
    }

    // ---- network policies ----------------------------------------------------------------------------------

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void networkPoliciesAdmitExactlyTheListedFlows(String name) {
        Overlay overlay = Manifests.overlay(name);
        List<Pod> pods = new ArrayList<>();
        overlay.workloads().forEach((workload, pod) -> pods.add(new Pod(workload, NAMESPACE, pod.getMetadata().getLabels(),
                pod.getSpec().getContainers().stream().flatMap(c -> c.getPorts().stream()).map(ContainerPort::getContainerPort).toList())));
        // pods that are not the platform's: the ingress controller, a stray pod in the namespace, one in another namespace
        pods.add(new Pod("ingress-controller", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"), List.of(80, 443)));
        pods.add(new Pod("stray-pod", NAMESPACE, Map.of("app.kubernetes.io/name", "debug-shell"), List.of(8080)));
        pods.add(new Pod("other-namespace-pod", "monitoring", Map.of("app.kubernetes.io/name", "gateway"), List.of(9090)));

        Set<String> expected = new TreeSet<>(List.of(
                "ingress-controller -> gateway:8080",
                "ingress-controller -> web:8090",
                "web -> gateway:8080",
                "gateway -> directors-service:8081",
                "gateway -> committees-service:8082",
                "gateway -> filings-service:8083",
                "committees-service -> directors-service:8081",
                // adopting insiders from the filings, and a board file's committees and memberships
                "directors-service -> filings-service:8083",
                "directors-service -> committees-service:8082"));
        if (name.equals("local")) {
            expected.addAll(List.of(
                    "directors-service -> postgres-directors:5432",
                    "committees-service -> postgres-committees:5432",
                    "filings-service -> postgres-filings:5432",
                    "ingress-controller -> keycloak:8080"));
            Manifests.SERVICES.forEach(service -> expected.add(service + " -> keycloak:8080"));
        }
        // whatever reaches the pods outside the namespace is not governed by these policies
        Set<String> admitted = NetworkFlows.admitted(overlay.all(NetworkPolicy.class), pods).stream()
                .filter(flow -> !flow.contains("-> ingress-controller:") && !flow.contains("-> other-namespace-pod:"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(admitted).as("flows admitted in overlay %s", name).isEqualTo(expected);
        assertThat(overlay.all(NetworkPolicy.class)).anySatisfy(policy -> {
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(policy.getSpec().getIngress()).isNullOrEmpty();
        });
    }

    // ---- discovery -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theGatewayMayOnlyReadEndpointsAndPodsOfItsNamespaceForDiscovery(String name) {
        Overlay overlay = Manifests.overlay(name);
        assertThat(overlay.objects()).as("cluster-wide RBAC")
                .noneMatch(o -> o.getKind().equals("ClusterRole") || o.getKind().equals("ClusterRoleBinding"));
        assertThat(overlay.all(Role.class)).hasSize(1);
        Role role = overlay.all(Role.class).get(0);
        assertThat(role.getMetadata().getNamespace()).isEqualTo(NAMESPACE);
        for (PolicyRule rule : role.getRules()) {
            assertThat(rule.getApiGroups()).containsExactly("");
            assertThat(rule.getResources()).containsExactlyInAnyOrder("endpoints", "pods");
            assertThat(rule.getVerbs()).containsExactlyInAnyOrder("get", "list", "watch");
            assertThat(rule.getResourceNames()).isNullOrEmpty();
        }
        RoleBinding binding = overlay.all(RoleBinding.class).get(0);
        assertThat(overlay.all(RoleBinding.class)).hasSize(1);
        assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
        assertThat(binding.getRoleRef().getName()).isEqualTo(role.getMetadata().getName());
        assertThat(binding.getSubjects()).singleElement().satisfies(subject -> {
            assertThat(subject.getKind()).isEqualTo("ServiceAccount");
            assertThat(subject.getName()).isEqualTo("gateway");
        });
        assertThat(overlay.one(ServiceAccount.class, "gateway")).isNotNull();

        PodTemplateSpec gateway = overlay.one(Deployment.class, "gateway").getSpec().getTemplate();
        assertThat(gateway.getSpec().getServiceAccountName()).isEqualTo("gateway");
        Container container = gateway.getSpec().getContainers().get(0);
        assertThat(env(container, "QUARKUS_PROFILE").getValue()).contains("kubernetes");
        assertThat(env(container, "KUBERNETES_NAMESPACE").getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.namespace");
        // the other workloads do not even get an API token
        overlay.all(Deployment.class).stream().filter(d -> !d.getMetadata().getName().equals("gateway"))
                .forEach(d -> assertThat(d.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken())
                        .as(d.getMetadata().getName()).isFalse());
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static Probe probe(Probe probe) {
        assertThat(probe).isNotNull();
        return probe;
    }

    private static String path(Probe probe) {
        return probe(probe).getHttpGet().getPath();
    }

    private static EnvVar env(Container container, String name) {
        return container.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no variable " + name));
    }

    /** {name, key or null, reader} for every ConfigMap ("configMap") or Secret ("secret") a workload reads. */
    private static List<String[]> references(Overlay overlay, String kind) {
        List<String[]> references = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        overlay.workloads().forEach((workload, pod) -> {
            overlay.containers(pod).forEach(container -> {
                if (container.getEnv() != null) {
                    for (EnvVar variable : container.getEnv()) {
                        var from = variable.getValueFrom();
                        if (from == null) {
                            continue;
                        }
                        if (kind.equals("configMap") && from.getConfigMapKeyRef() != null) {
                            references.add(new String[] {from.getConfigMapKeyRef().getName(), from.getConfigMapKeyRef().getKey(), workload});
                        }
                        if (kind.equals("secret") && from.getSecretKeyRef() != null) {
                            references.add(new String[] {from.getSecretKeyRef().getName(), from.getSecretKeyRef().getKey(), workload});
                        }
                    }
                }
                if (container.getEnvFrom() != null) {
                    container.getEnvFrom().forEach(source -> {
                        if (kind.equals("configMap") && source.getConfigMapRef() != null) {
                            references.add(new String[] {source.getConfigMapRef().getName(), null, workload});
                        }
                        if (kind.equals("secret") && source.getSecretRef() != null) {
                            references.add(new String[] {source.getSecretRef().getName(), null, workload});
                        }
                    });
                }
            });
            if (pod.getSpec().getVolumes() != null) {
                for (Volume volume : pod.getSpec().getVolumes()) {
                    if (kind.equals("configMap") && volume.getConfigMap() != null) {
                        references.add(new String[] {volume.getConfigMap().getName(), null, workload});
                    }
                    if (kind.equals("secret") && volume.getSecret() != null) {
                        references.add(new String[] {volume.getSecret().getSecretName(), null, workload});
                    }
                }
            }
        });
        references.removeIf(r -> !seen.add(String.join("/", r[0], String.valueOf(r[1]), r[2])));
        return references;
    }
}
