package org.governance.directors.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for committees-service on a WireMock server: {@code POST /companies/{cik}/committee-seasons} answers a
 * report as committees-service does, and tests can make it refuse a season (a 422 naming an entry) or fail. Tests read
 * what it received with {@link #server()}.
 */
public class FakeCommitteesService implements QuarkusTestResourceLifecycleManager {

    private static final String SEASONS = "/companies/[0-9]+/committee-seasons";
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        accepts();
        return Map.of("quarkus.rest-client.committees.url", server.baseUrl());
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

    /** Every season is taken: 2 committees and 3 memberships created (a dry run says the same). */
    public static void accepts() {
        server.resetAll();
        server.stubFor(post(urlPathMatching(SEASONS)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"dryRun\":false,\"committeesCreated\":2,\"committeesUpdated\":0,\"committeesUnchanged\":0,"
                        + "\"membershipsCreated\":3,\"membershipsUpdated\":0,\"membershipsUnchanged\":0,\"membershipsEnded\":0}")));
    }

    /** Seasons are refused (also in a dry run) with an error naming {@code field}, as committees-service names its entries. */
    public static void refuses(String field, String message) {
        server.stubFor(post(urlPathMatching(SEASONS)).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:governance:problem:rule-violated\",\"title\":\"Breaks a rule\",\"status\":422,\"detail\":\""
                        + message + "\",\"errors\":[{\"field\":\"" + field + "\",\"message\":\"" + message + "\"}]}")));
    }

    /** A dry run is taken, the real season then fails with a 500. */
    public static void failsWhenReal() {
        server.stubFor(post(urlPathMatching(SEASONS)).withQueryParam("dryRun", equalTo("false")).willReturn(aResponse().withStatus(500)));
    }
}
