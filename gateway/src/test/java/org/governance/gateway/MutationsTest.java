package org.governance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.governance.gateway.support.Data;
import org.governance.gateway.support.StubServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
@WithTestResource(StubServices.class)
class MutationsTest {

    @BeforeEach
    void reset() {
        StubServices.reset();
    }

    @Test
    void createsAndUpdatesCompaniesAndPeople() {
        StubServices.directors().stubFor(post(urlPathEqualTo("/companies")).willReturn(okJson(StubServices.json(
                Data.company(Data.QUALYS, "QUALYS, INC.", "QLYS"))).withStatus(201)));
        StubServices.directors().stubFor(put(urlPathEqualTo("/companies/1107843")).willReturn(okJson(StubServices.json(
                Data.company(Data.QUALYS, "Qualys, Inc.", "QLYS")))));
        StubServices.directors().stubFor(post(urlPathEqualTo("/people")).willReturn(okJson(StubServices.json(
                Data.person(7, "Ada Example", null, null))).withStatus(201)));
        StubServices.directors().stubFor(put(urlPathEqualTo("/people/7")).willReturn(okJson(StubServices.json(
                Data.person(7, "Ada Q. Example", null, null)))));
        GraphQL.post("""
                mutation { created: createCompany(input: { cik: "1107843", name: "QUALYS, INC.", ticker: "QLYS", classifiedBoard: true }) { cik }
                  updated: updateCompany(cik: "1107843", input: { name: "Qualys, Inc.", classifiedBoard: true }) { name }
                  person: createPerson(input: { fullName: "Ada Example", illustrative: true }) { id }
                  renamed: updatePerson(id: 7, input: { fullName: "Ada Q. Example" }) { fullName } }""")
                .body("errors", nullValue())
                .body("data.created.cik", equalTo(Data.QUALYS))
                .body("data.updated.name", equalTo("Qualys, Inc."))
                .body("data.person.id", equalTo("7"))
                .body("data.renamed.fullName", equalTo("Ada Q. Example"));
        StubServices.directors().verify(postRequestedFor(urlPathEqualTo("/companies"))
                .withRequestBody(equalToJson("{\"cik\":\"1107843\",\"name\":\"QUALYS, INC.\",\"ticker\":\"QLYS\",\"classifiedBoard\":true}", true, true)));
        StubServices.directors().verify(putRequestedFor(urlPathEqualTo("/people/7")));
    }

    @Test
    void createsSeatsAndChangesOnlyTheFieldsGiven() {
        StubServices.directors().stubFor(post(urlPathEqualTo("/directors")).willReturn(okJson(StubServices.json(
                Data.seat(11, Data.QUALYS, Data.person(7, "Ada Example", null, null), true))).withStatus(201)));
        StubServices.directors().stubFor(patch(urlPathEqualTo("/directors/11")).willReturn(okJson(StubServices.json(
                Data.seat(11, Data.QUALYS, Data.person(7, "Ada Example", null, null), true)))));
        GraphQL.post("""
                mutation { seat: createDirector(input: { companyCik: "1107843", personId: 7, independent: true, firstElected: "2019-06-07" }) { id }
                  ended: updateDirector(id: 11, input: { leftOn: "2024-06-30" }) { id } }""")
                .body("errors", nullValue())
                .body("data.seat.id", equalTo("11"));
        StubServices.directors().verify(patchRequestedFor(urlPathEqualTo("/directors/11"))
                .withHeader("Content-Type", com.github.tomakehurst.wiremock.client.WireMock.containing("application/merge-patch+json"))
                .withRequestBody(equalToJson("{\"leftOn\":\"2024-06-30\"}")));
    }

    @Test
    void createsCommitteesAndAddsAndEndsMemberships() {
        StubServices.committees().stubFor(post(urlPathEqualTo("/committees")).willReturn(okJson(StubServices.json(
                Data.committee(10, Data.QUALYS, "AUDIT", "Audit Committee"))).withStatus(201)));
        StubServices.committees().stubFor(put(urlPathEqualTo("/committees/10")).willReturn(okJson(StubServices.json(
                Data.committee(10, Data.QUALYS, "AUDIT", "Audit and Risk Committee")))));
        StubServices.committees().stubFor(post(urlPathEqualTo("/committees/10/members")).willReturn(okJson(StubServices.json(
                Data.membership(5, 10, "AUDIT", "Audit Committee", 11, "CHAIR", "2024-07-01", null))).withStatus(201)));
        StubServices.committees().stubFor(post(urlPathEqualTo("/committees/10/members/5/end")).willReturn(okJson(StubServices.json(
                Data.membership(5, 10, "AUDIT", "Audit Committee", 11, "CHAIR", "2024-07-01", "2024-09-30")))));
        GraphQL.post("""
                mutation { committee: createCommittee(input: { companyCik: "1107843", type: AUDIT, name: "Audit Committee" }) { id }
                  renamed: updateCommittee(id: 10, input: { companyCik: "1107843", type: AUDIT, name: "Audit and Risk Committee" }) { name }
                  added: addMembership(committeeId: 10, input: { directorId: 11, role: "CHAIR", from: "2024-07-01", financialExpert: true }) { id }
                  ended: endMembership(committeeId: 10, membershipId: 5, to: "2024-09-30") { to } }""")
                .body("errors", nullValue())
                .body("data.committee.id", equalTo("10"))
                .body("data.renamed.name", equalTo("Audit and Risk Committee"))
                .body("data.added.id", equalTo("5"))
                .body("data.ended.to", equalTo("2024-09-30"));
        StubServices.committees().verify(postRequestedFor(urlPathEqualTo("/committees/10/members/5/end"))
                .withRequestBody(equalToJson("{\"to\":\"2024-09-30\"}")));
    }

    @Test
    void aServicesRefusalBecomesAnErrorWithAStableCodeAndTheField() {
        StubServices.directors().stubFor(post(urlPathEqualTo("/companies")).willReturn(aResponse().withStatus(409)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(StubServices.problem(409, "A company with CIK 0001107843 already exists", "cik"))));
        StubServices.directors().stubFor(post(urlPathEqualTo("/directors")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(StubServices.problem(422, "The date left (2019-01-01) is before the date first elected (2020-01-01)", "leftOn"))));
        GraphQL.post("mutation { createCompany(input: { cik: \"1107843\", name: \"Again\" }) { cik } }")
                .body("data.createCompany", nullValue())
                .body("errors[0].message", equalTo("A company with CIK 0001107843 already exists"))
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.field", equalTo("cik"))
                .body("errors[0].extensions.service", equalTo("directors-service"));
        GraphQL.post("mutation { createDirector(input: { companyCik: \"1107843\", personId: 7, independent: true, firstElected: \"2020-01-01\", leftOn: \"2019-01-01\" }) { id } }")
                .body("errors[0].extensions.code", equalTo("INVALID_INPUT"))
                .body("errors[0].extensions.field", equalTo("leftOn"))
                .body("errors[0].message", equalTo("The date left (2019-01-01) is before the date first elected (2020-01-01)"));
    }
}
