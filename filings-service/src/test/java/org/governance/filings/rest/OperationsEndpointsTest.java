package org.governance.filings.rest;

import java.util.List;

import org.governance.wire.testing.OperationsEndpointsContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsEndpointsTest extends OperationsEndpointsContract {

    @Override
    protected String aListPath() {
        return "/transactions";
    }

    @Override
    protected List<String> documentedPaths() {
        return List.of("/transactions");
    }

    @Override
    protected String aTypedPath() {
        return "/transactions";
    }
}
