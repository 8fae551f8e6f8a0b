package org.governance.directors.rest;

import java.util.List;

import org.governance.wire.testing.OperationsEndpointsContract;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OperationsEndpointsTest extends OperationsEndpointsContract {

    @Override
    protected String aListPath() {
        return "/companies";
    }

    @Override
    protected List<String> documentedPaths() {
        return List.of("/companies/{cik}/board/compliance");
    }

    @Override
    protected String aTypedPath() {
        return "/people/{id}/directors";
    }
}
