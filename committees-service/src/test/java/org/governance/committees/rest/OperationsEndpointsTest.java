package org.governance.committees.rest;

import java.util.List;

import org.governance.committees.support.FakeDirectorsService;
import org.governance.wire.testing.OperationsEndpointsContract;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeDirectorsService.class)
class OperationsEndpointsTest extends OperationsEndpointsContract {

    @Override
    protected String aListPath() {
        return "/committees";
    }

    @Override
    protected List<String> documentedPaths() {
        return List.of("/companies/{cik}/memberships", "/committees/{id}/members/{membershipId}/end");
    }

    @Override
    protected String aTypedPath() {
        return "/committees/{id}/members/{membershipId}";
    }
}
