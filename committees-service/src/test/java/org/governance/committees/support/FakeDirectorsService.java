package org.governance.committees.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for directors-service on a WireMock server: companies and seats that tests register here are
 * served at {@code GET /companies/{cik}} and {@code GET /directors?ids=}, in directors-service's JSON shape.
 * Tests can also make it fail or slow down, and count the calls it received.
 */
public class FakeDirectorsService implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, String> COMPANIES = new ConcurrentHashMap<>();
    private static final Map<Long, Map<String, Object>> SEATS = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT_SEAT = new AtomicLong(1000);
    private static final AtomicLong NEXT_CIK = new AtomicLong(2_000_000);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().extensions(new Responder()));
        server.start();
        serveRegisteredData();
        return Map.of("quarkus.rest-client.directors.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** Forget any failure or delay a test set up, and the calls counted so far. */
    public static void serveRegisteredData() {
        server.resetAll();
        server.stubFor(get(urlPathMatching("/companies/[0-9]+")).willReturn(aResponse().withTransformers(Responder.NAME)));
        server.stubFor(get(urlPathEqualTo("/directors")).willReturn(aResponse().withTransformers(Responder.NAME)));
    }

    /** A new company that directors-service knows; returns its CIK as ten digits. */
    public static String company() {
        String cik = String.format("%010d", NEXT_CIK.incrementAndGet());
        COMPANIES.put(cik, "Fake Holdings " + cik);
        return cik;
    }

    /** A new seat on the company's board; returns its id. */
    public static long seat(String cik, String name, Boolean independent, String firstElected, String leftOn) {
        long id = NEXT_SEAT.incrementAndGet();
        Map<String, Object> seat = new LinkedHashMap<>();
        seat.put("id", id);
        seat.put("companyCik", cik);
        seat.put("companyName", COMPANIES.get(cik));
        seat.put("person", Map.of("id", id + 50_000, "fullName", name));
        seat.put("independent", independent);
        seat.put("firstElected", LocalDate.parse(firstElected).toString());
        seat.put("leftOn", leftOn);
        seat.put("roles", List.of());
        SEATS.put(id, seat);
        return id;
    }

    public static long seat(String cik, String name) {
        return seat(cik, name, true, "2010-01-01", null);
    }

    /** Serves the registered companies and seats the way directors-service would. */
    static final class Responder implements ResponseDefinitionTransformerV2 {

        static final String NAME = "fake-directors";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            var request = serveEvent.getRequest();
            String path = request.getUrl().replaceAll("\\?.*", "");
            try {
                if (path.startsWith("/companies/")) {
                    String cik = String.format("%010d", Long.parseLong(path.substring("/companies/".length())));
                    String name = COMPANIES.get(cik);
                    return name == null ? json(404, Map.of("status", 404, "title", "Resource not found"))
                            : json(200, Map.of("cik", cik, "name", name, "classifiedBoard", true));
                }
                List<Map<String, Object>> items = new ArrayList<>();
                var ids = request.queryParameter("ids");
                if (ids.isPresent()) {
                    Arrays.stream(ids.firstValue().split(",")).map(Long::valueOf).map(SEATS::get)
                            .filter(java.util.Objects::nonNull).forEach(items::add);
                }
                return json(200, Map.of("items", items, "page", 0, "size", 500, "totalItems", items.size(),
                        "totalPages", items.isEmpty() ? 0 : 1));
            } catch (NumberFormatException e) {
                return json(400, Map.of("status", 400));
            }
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }

        private static ResponseDefinition json(int status, Object body) {
            try {
                return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody(JSON.writeValueAsString(body)).build();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
