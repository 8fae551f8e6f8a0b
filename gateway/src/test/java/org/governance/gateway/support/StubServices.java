package org.governance.gateway.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Three WireMock servers standing in for directors-, committees- and filings-service. */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static WireMockServer directors;
    private static WireMockServer committees;
    private static WireMockServer filings;

    @Override
    public Map<String, String> start() {
        directors = start("directors");
        committees = start("committees");
        filings = start("filings");
        return Map.of("quarkus.rest-client.directors.url", directors.baseUrl(),
                "quarkus.rest-client.committees.url", committees.baseUrl(),
                "quarkus.rest-client.filings.url", filings.baseUrl());
    }

    private static WireMockServer start(String name) {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        return server;
    }

    @Override
    public void stop() {
        for (WireMockServer server : List.of(directors, committees, filings)) {
            if (server != null) {
                server.stop();
            }
        }
    }

    public static WireMockServer directors() {
        return directors;
    }

    public static WireMockServer committees() {
        return committees;
    }

    public static WireMockServer filings() {
        return filings;
    }

    /** Forget every stub and every request counted. */
    public static void reset() {
        for (WireMockServer server : List.of(directors, committees, filings)) {
            server.resetAll();
        }
    }

    /** Requests a server received since the last reset. */
    public static int requests(WireMockServer server) {
        return server.countRequestsMatching(WireMock.anyRequestedFor(WireMock.anyUrl()).build()).getCount();
    }

    /** Requests a server received on a path since the last reset (the query string aside). */
    public static int requests(WireMockServer server, String path) {
        return server.countRequestsMatching(WireMock.anyRequestedFor(WireMock.urlPathEqualTo(path)).build()).getCount();
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page as the services answer lists. */
    public static String page(List<?> items) {
        return json(Map.of("items", items, "page", 0, "size", 500, "totalItems", items.size(), "totalPages", items.isEmpty() ? 0 : 1));
    }

    /** An RFC 9457 problem as the services answer errors. */
    public static String problem(int status, String detail, String field) {
        return json(field == null ? Map.of("type", "urn:governance:problem:x", "status", status, "detail", detail)
                : Map.of("type", "urn:governance:problem:x", "status", status, "detail", detail,
                        "errors", List.of(Map.of("field", field, "message", detail))));
    }
}
