package org.governance.directors.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for filings-service on a WireMock server: tests say which insiders an issuer's filings report
 * ({@code GET /issuers/{cik}/insiders}) and which issuers there are ({@code GET /issuers}), in filings-service's JSON shape.
 */
public class FakeFilingsService implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.filings.url", server.baseUrl());
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

    /** A reporting owner as filings-service answers one; {@code exited} marks the latest filing's Section 16 exit. */
    public static Map<String, Object> insider(String cik, String name, boolean director, String officerTitle, String firstFiled,
            String lastFiled, boolean exited) {
        return Map.ofEntries(Map.entry("cik", cik), Map.entry("name", name), Map.entry("director", director),
                Map.entry("officer", officerTitle != null), Map.entry("officerTitle", officerTitle == null ? "" : officerTitle),
                Map.entry("tenPercentOwner", false), Map.entry("other", false), Map.entry("firstFiled", firstFiled),
                Map.entry("lastFiled", lastFiled), Map.entry("filings", 2), Map.entry("lastAccession", "0009999999-24-" + cik.substring(4)),
                Map.entry("exited", exited), Map.entry("holdings", List.of()));
    }

    /** From now on, the issuer's filings report these insiders. */
    public static void reports(String issuerCik, String issuerName, List<Map<String, Object>> insiders) {
        server.stubFor(get(urlPathEqualTo("/issuers/" + issuerCik + "/insiders")).willReturn(json(Map.of("issuerCik", issuerCik,
                "issuerName", issuerName, "asOf", "2024-12-31", "insiders", insiders))));
    }

    /** From now on, {@code GET /issuers} answers these issuers on one page. */
    public static void issuers(List<String> ciks) {
        server.stubFor(get(urlPathEqualTo("/issuers")).willReturn(json(Map.of("items",
                ciks.stream().map(cik -> Map.of("cik", cik, "name", "Issuer " + cik, "filings", 1)).toList(),
                "page", 0, "size", 500, "totalItems", ciks.size(), "totalPages", 1))));
    }

    /** From now on, the issuer's insiders answer 500. */
    public static void fails(String issuerCik) {
        server.stubFor(get(urlPathEqualTo("/issuers/" + issuerCik + "/insiders")).willReturn(aResponse().withStatus(500)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(Object body) {
        try {
            return aResponse().withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
