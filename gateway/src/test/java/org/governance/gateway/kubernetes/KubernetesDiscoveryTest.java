package org.governance.gateway.kubernetes;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.governance.gateway.GraphQL;
import org.governance.gateway.support.Data;
import org.governance.gateway.support.StubServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.kubernetes.client.KubernetesServer;
import io.quarkus.test.kubernetes.client.KubernetesTestServer;
import io.quarkus.test.kubernetes.client.WithKubernetesTestServer;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The gateway as it runs in Kubernetes (profile {@code kubernetes}): it finds the services through the Kubernetes
 * API (Stork watching each Service's Endpoints), here the fabric8 mock API server in CRUD mode, and the "pods"
 * behind those Endpoints are the WireMock stubs.
 */
@QuarkusTest
@TestProfile(KubernetesDiscoveryTest.KubernetesProfile.class)
@WithKubernetesTestServer(crud = true)
@WithTestResource(KubernetesDiscoveryTest.StubPods.class)
@TestSecurity(user = "tester", roles = "governance-reader")
class KubernetesDiscoveryTest {

    /** The application's own "kubernetes" profile on top of "test"; the mock server's namespace is "test". */
    public static class KubernetesProfile implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "kubernetes,test";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // the first call of each client also starts its discovery: the production timeouts, not the short test ones
            return Map.of("KUBERNETES_NAMESPACE", NAMESPACE,
                    "quarkus.fault-tolerance.\"org.governance.gateway.client.FilingsClient\".timeout.value", "3000",
                    "quarkus.rest-client.filings.read-timeout", "3000");
        }
    }

    /** The stub services, started but not configured as URLs: the gateway must discover them. */
    public static class StubPods extends StubServices {
        @Override
        public Map<String, String> start() {
            super.start();
            return Map.of();
        }
    }

    private static final String NAMESPACE = "test";
    private static final String QUERY = """
            { company(cik: "1107843") { name board(asOf: "2024-09-30") { person { fullName } }
                insiderTransactions(quarter: "2024-Q3") { accession shares } } }""";

    @KubernetesTestServer
    KubernetesServer server;

    @BeforeEach
    void publishServicesAndEndpoints() {
        StubServices.reset();
        StubServices.directors().stubFor(get(urlPathEqualTo("/companies/1107843")).willReturn(okJson(StubServices.json(
                Data.company(Data.QUALYS, "QUALYS, INC.", "QLYS")))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/directors")).willReturn(okJson(StubServices.page(List.of(
                Data.seat(11, Data.QUALYS, Data.person(1, "Ada Example", "0009990011", null), true))))));
        StubServices.filings().stubFor(get(urlPathEqualTo("/transactions")).willReturn(okJson(StubServices.page(List.of(
                Data.trade("0001107843-24-000101", "0009990011", "Example Ada", "2024-08-05", "S", "100", "230.00", "23000.0000", "NONE"))))));
        publish("directors-service", StubServices.directors());
        publish("committees-service", StubServices.committees());
        publish("filings-service", StubServices.filings());
    }

    @AfterEach
    void closeCircuits() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void theGatewayReachesTheServicesItDiscoversThroughTheKubernetesApi() {
        GraphQL.post(QUERY)
                .body("errors", nullValue())
                .body("data.company.name", equalTo("QUALYS, INC."))
                .body("data.company.board.person.fullName", contains("Ada Example"))
                .body("data.company.insiderTransactions.accession", contains("0001107843-24-000101"));
        assertThat(StubServices.requests(StubServices.directors())).isPositive();
        assertThat(StubServices.requests(StubServices.filings())).isPositive();
    }

    @Test
    void aServiceWithoutEndpointsGivesThePartialResultErrorNotAHang() {
        client().endpoints().inNamespace(NAMESPACE).withName("filings-service").edit(endpoints -> new EndpointsBuilder(endpoints)
                .withSubsets(List.of()).build());
        Instant start = Instant.now();
        GraphQL.post(QUERY)
                .body("data.company.name", equalTo("QUALYS, INC."))
                .body("data.company.board.person.fullName", contains("Ada Example"))
                .body("data.company.insiderTransactions", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].path", contains("company", "insiderTransactions"))
                .body("errors[0].message", containsString("filings-service is unavailable"))
                .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                .body("errors[0].extensions.service", equalTo("filings-service"));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(StubServices.requests(StubServices.filings())).isZero();
    }

    private KubernetesClient client() {
        return server.getClient();
    }

    /** A pod, its Service and the Endpoints Kubernetes would keep for them, pointing at the stub's address. */
    private void publish(String name, WireMockServer stub) {
        URI address = URI.create(stub.baseUrl());
        String pod = name + "-5d9c7b-x1";
        client().pods().inNamespace(NAMESPACE).resource(new PodBuilder()
                .withNewMetadata().withName(pod).withNamespace(NAMESPACE).addToLabels("app.kubernetes.io/name", name).endMetadata()
                .withNewStatus().withPodIP(address.getHost()).withPhase("Running").endStatus()
                .build()).createOr(NonDeletingOperation::update);
        client().services().inNamespace(NAMESPACE).resource(new ServiceBuilder()
                .withNewMetadata().withName(name).withNamespace(NAMESPACE).endMetadata()
                .withNewSpec().addToSelector("app.kubernetes.io/name", name)
                .addNewPort().withName("http").withPort(80).withNewTargetPort(address.getPort()).endPort().endSpec()
                .build()).createOr(NonDeletingOperation::update);
        client().endpoints().inNamespace(NAMESPACE).resource(new EndpointsBuilder()
                .withNewMetadata().withName(name).withNamespace(NAMESPACE).endMetadata()
                .addNewSubset().addNewAddress().withIp(address.getHost())
                .withNewTargetRef().withKind("Pod").withName(pod).withNamespace(NAMESPACE).endTargetRef().endAddress()
                .addNewPort().withName("http").withPort(address.getPort()).withProtocol("TCP").endPort().endSubset()
                .build()).createOr(NonDeletingOperation::update);
    }
}
