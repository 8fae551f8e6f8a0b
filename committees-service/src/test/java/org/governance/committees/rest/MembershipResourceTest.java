package org.governance.committees.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.governance.committees.support.FakeDirectorsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
@WithTestResource(FakeDirectorsService.class)
class MembershipResourceTest {

    @BeforeEach
    void directorsServiceAnswers() {
        FakeDirectorsService.serveRegisteredData();
    }

    @Test
    void addsCorrectsEndsAndDeletesAMembership() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "AUDIT");
        long seat = FakeDirectorsService.seat(cik, "Audit Member");
        var added = given().contentType(ContentType.JSON)
                .body(Api.membership(seat, "MEMBER", "2020-01-01", null, "financialExpert", true, "source", "illustrative"))
                .post("/committees/{id}/members", committee).then().statusCode(201)
                .body("committeeId", equalTo((int) committee))
                .body("companyCik", equalTo(cik))
                .body("committeeType", equalTo("AUDIT"))
                .body("directorId", equalTo((int) seat))
                .body("role", equalTo("MEMBER"))
                .body("from", equalTo("2020-01-01"))
                .body("to", nullValue())
                .body("financialExpert", equalTo(true))
                .extract();
        long id = added.jsonPath().getLong("id");
        assertThat(added.header("Location")).endsWith("/committees/" + committee + "/members/" + id);

        given().contentType(ContentType.JSON).body(Api.membership(seat, "CHAIR", "2020-02-01", null))
                .put("/committees/{c}/members/{m}", committee, id).then().statusCode(200)
                .body("role", equalTo("CHAIR")).body("from", equalTo("2020-02-01")).body("financialExpert", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("to", "2024-06-30"))
                .post("/committees/{c}/members/{m}/end", committee, id).then().statusCode(200)
                .body("to", equalTo("2024-06-30")).body("role", equalTo("CHAIR"));
        given().get("/committees/{c}/members/{m}", committee, id).then().statusCode(200).body("to", equalTo("2024-06-30"));

        given().delete("/committees/{c}/members/{m}", committee, id).then().statusCode(204);
        given().get("/committees/{c}/members/{m}", committee, id).then().statusCode(404);
        assertThat(Api.membershipCount(committee)).isZero();
    }

    @Test
    void answersMembersOnADayAndOverAPeriodWithBoundaryDays() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "COMPENSATION");
        long stays = Api.member(committee, FakeDirectorsService.seat(cik, "Steady Member"), "CHAIR", "2020-01-01", null);
        // joined on the last day of 2024 Q3
        long joins = Api.member(committee, FakeDirectorsService.seat(cik, "Late Joiner"), "MEMBER", "2024-09-30", null);
        // left on the first day of 2024 Q3
        long leaves = Api.member(committee, FakeDirectorsService.seat(cik, "Early Leaver"), "MEMBER", "2021-01-01", "2024-07-01");
        long before = Api.member(committee, FakeDirectorsService.seat(cik, "Long Gone"), "MEMBER", "2019-01-01", "2024-06-30");

        assertThat(members(committee, Map.of("asOf", "2024-07-01"))).containsExactly(stays, leaves);
        assertThat(members(committee, Map.of("asOf", "2024-07-02"))).containsExactly(stays);
        assertThat(members(committee, Map.of("asOf", "2024-09-30"))).containsExactly(stays, joins);
        assertThat(members(committee, Map.of("asOf", "2024-06-30"))).containsExactly(stays, before, leaves);
        assertThat(members(committee, Map.of("from", "2024-07-01", "to", "2024-09-30"))).containsExactly(stays, leaves, joins);
        assertThat(members(committee, Map.of())).containsExactly(stays, joins);
        // the period answer carries each member's dates
        given().queryParam("from", "2024-07-01").queryParam("to", "2024-09-30").get("/committees/{id}/members", committee)
                .then().body("items.find { it.id == " + leaves + " }.to", equalTo("2024-07-01"))
                .body("items.find { it.id == " + joins + " }.from", equalTo("2024-09-30"));
    }

    @Test
    void answersACompanysMembershipsOverAPeriodInOneCall() {
        String cik = FakeDirectorsService.company();
        long audit = Api.committee(cik, "AUDIT");
        long compensation = Api.committee(cik, "COMPENSATION");
        long nominating = Api.committee(cik, "NOMINATING_AND_GOVERNANCE");
        long seat = FakeDirectorsService.seat(cik, "Busy Director");
        long a = Api.member(audit, seat, "MEMBER", "2024-08-15", null);
        long c = Api.member(compensation, seat, "CHAIR", "2018-01-01", "2024-07-15");
        long n = Api.member(nominating, seat, "MEMBER", "2018-01-01", "2024-06-30");

        given().queryParam("from", "2024-07-01").queryParam("to", "2024-09-30").get("/companies/{cik}/memberships", cik)
                .then().statusCode(200)
                .body("items.id", contains((int) a, (int) c));
        given().queryParam("from", "2024-07-01").queryParam("to", "2024-09-30").queryParam("types", "AUDIT,NOMINATING_AND_GOVERNANCE")
                .get("/companies/{cik}/memberships", cik).then().statusCode(200)
                .body("items.id", contains((int) a));
        given().queryParam("from", "2024-01-01").queryParam("to", "2024-12-31").get("/companies/{cik}/memberships", cik)
                .then().body("items.id", contains((int) a, (int) c, (int) n));
        given().queryParam("types", "AUDIT,RISK").get("/companies/{cik}/memberships", cik).then().statusCode(400)
                .body("errors[0].field", equalTo("types"));
        given().queryParam("from", "2024-09-30").queryParam("to", "2024-07-01").get("/companies/{cik}/memberships", cik)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        // a known company with no membership in the period: an empty answer, not a 404
        given().queryParam("from", "2010-01-01").queryParam("to", "2010-12-31").get("/companies/{cik}/memberships", cik)
                .then().statusCode(200).body("items", empty()).body("totalItems", equalTo(0));
        given().get("/companies/{cik}/memberships", "8888888").then().statusCode(404);
    }

    @Test
    void answersTheMembershipsOfManyDirectorsInOneCall() {
        String cik = FakeDirectorsService.company();
        long audit = Api.committee(cik, "AUDIT");
        long compensation = Api.committee(cik, "COMPENSATION");
        long first = FakeDirectorsService.seat(cik, "First Director");
        long second = FakeDirectorsService.seat(cik, "Second Director");
        long other = FakeDirectorsService.seat(cik, "Other Director");
        long a = Api.member(audit, first, "MEMBER", "2020-01-01", null);
        long b = Api.member(compensation, first, "MEMBER", "2020-01-01", "2022-01-01");
        long c = Api.member(audit, second, "CHAIR", "2021-01-01", null);
        Api.member(audit, other, "MEMBER", "2021-01-01", null);

        given().queryParam("directorIds", first + "," + second).get("/memberships").then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.id", containsInAnyOrder((int) a, (int) b, (int) c));
        given().get("/memberships").then().statusCode(400).body("errors[0].field", equalTo("directorIds"));
        given().queryParam("directorIds", "1,two").get("/memberships").then().statusCode(400)
                .body("errors[0].field", equalTo("directorIds"));
    }

    @Test
    void refusesAnUnknownDirectorOrADirectorOfAnotherCompany() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "AUDIT");
        given().contentType(ContentType.JSON).body(Api.membership(777_777, "MEMBER", "2020-01-01", null))
                .post("/committees/{id}/members", committee).then().statusCode(422)
                .body("type", equalTo("urn:governance:problem:unknown-reference"))
                .body("errors[0].field", equalTo("directorId"));
        long elsewhere = FakeDirectorsService.seat(FakeDirectorsService.company(), "Other Board Director");
        given().contentType(ContentType.JSON).body(Api.membership(elsewhere, "MEMBER", "2020-01-01", null))
                .post("/committees/{id}/members", committee).then().statusCode(422)
                .body("type", equalTo("urn:governance:problem:rule-violated"))
                .body("errors[0].field", equalTo("directorId"))
                .body("detail", containsString("Other Board Director"));
        assertThat(Api.membershipCount(committee)).isZero();
    }

    @Test
    void refusesAMembershipOutsideTheBoardSeat() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "AUDIT");
        long seat = FakeDirectorsService.seat(cik, "Short Tenure", true, "2020-01-01", "2022-12-31");
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2019-12-31", "2021-01-01"))
                .post("/committees/{id}/members", committee).then().statusCode(422)
                .body("errors[0].field", equalTo("from"))
                .body("detail", containsString("on the board from 2020-01-01 to 2022-12-31"));
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2020-01-01", null))
                .post("/committees/{id}/members", committee).then().statusCode(422)
                .body("errors[0].field", equalTo("to"));
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2020-01-01", "2023-01-01"))
                .post("/committees/{id}/members", committee).then().statusCode(422)
                .body("errors[0].field", equalTo("to"));
        assertThat(Api.membershipCount(committee)).isZero();
        // the whole seat, both end days included, is allowed
        Api.member(committee, seat, "MEMBER", "2020-01-01", "2022-12-31");
    }

    @Test
    void refusesOverlappingMembershipsOfOneDirectorAndASecondChair() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "NOMINATING_AND_GOVERNANCE");
        long seat = FakeDirectorsService.seat(cik, "Overlapping Director");
        Api.member(committee, seat, "MEMBER", "2020-01-01", "2022-06-30");
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2022-06-30", null))
                .post("/committees/{id}/members", committee).then().statusCode(409)
                .body("type", equalTo("urn:governance:problem:conflict"))
                .body("errors[0].field", equalTo("directorId"));
        Api.member(committee, seat, "MEMBER", "2022-07-01", null);

        Api.member(committee, FakeDirectorsService.seat(cik, "First Chair"), "CHAIR", "2020-01-01", "2023-12-31");
        long rival = FakeDirectorsService.seat(cik, "Rival Chair");
        given().contentType(ContentType.JSON).body(Api.membership(rival, "CHAIR", "2023-12-31", null))
                .post("/committees/{id}/members", committee).then().statusCode(409)
                .body("errors[0].field", equalTo("role"));
        assertThat(Api.membershipCount(committee)).isEqualTo(3);
        Api.member(committee, rival, "CHAIR", "2024-01-01", null);
    }

    @Test
    void refusesDatesOutOfOrderOrOutsideTheCommitteesLife() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "OTHER", "name", "Special Committee", "formedOn", "2021-01-01", "dissolvedOn", "2021-12-31");
        long seat = FakeDirectorsService.seat(cik, "Special Member");
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2021-06-01", "2021-05-01"))
                .post("/committees/{id}/members", committee).then().statusCode(422)
                .body("type", equalTo("urn:governance:problem:rule-violated")).body("errors[0].field", equalTo("to"));
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2020-12-31", "2021-05-01"))
                .post("/committees/{id}/members", committee).then().statusCode(422).body("errors[0].field", equalTo("from"));
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2021-01-01", null))
                .post("/committees/{id}/members", committee).then().statusCode(422).body("errors[0].field", equalTo("to"));
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2021-01-01", "2021-12-31", "financialExpert", true))
                .post("/committees/{id}/members", committee).then().statusCode(422).body("errors[0].field", equalTo("financialExpert"));
        assertThat(Api.membershipCount(committee)).isZero();
        Api.member(committee, seat, "MEMBER", "2021-01-01", "2021-12-31");
    }

    @Test
    void refusesBadMembershipInput() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "AUDIT");
        long seat = FakeDirectorsService.seat(cik, "Bad Input Director");
        given().contentType(ContentType.JSON).body(Api.membership(seat, "PRESIDENT", "2021-01-01", null))
                .post("/committees/{id}/members", committee).then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:malformed-body"))
                .body("errors[0].field", equalTo("role"));
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "01/01/2021", null))
                .post("/committees/{id}/members", committee).then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().contentType(ContentType.JSON).body(Map.of("role", "MEMBER"))
                .post("/committees/{id}/members", committee).then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("directorId", "from"));
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/committees/{c}/members/{m}/end", committee, 1).then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2021-01-01", null))
                .post("/committees/{id}/members", 987654).then().statusCode(404);
        given().queryParam("asOf", "2024-01-01").queryParam("from", "2024-01-01").get("/committees/{id}/members", committee)
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().queryParam("asOf", "someday").get("/committees/{id}/members", committee)
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        assertThat(Api.membershipCount(committee)).isZero();
    }

    @Test
    void aRefusedCorrectionOrEndChangesNothing() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "AUDIT");
        long seat = FakeDirectorsService.seat(cik, "Uncorrectable", true, "2020-01-01", null);
        long id = Api.member(committee, seat, "MEMBER", "2020-06-01", null);
        given().contentType(ContentType.JSON).body(Map.of("to", "2020-05-31"))
                .post("/committees/{c}/members/{m}/end", committee, id).then().statusCode(422).body("errors[0].field", equalTo("to"));
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2019-01-01", null))
                .put("/committees/{c}/members/{m}", committee, id).then().statusCode(422).body("errors[0].field", equalTo("from"));
        long otherCommittee = Api.committee(cik, "COMPENSATION");
        given().get("/committees/{c}/members/{m}", otherCommittee, id).then().statusCode(404);
        given().get("/committees/{c}/members/{m}", committee, id).then().body("from", equalTo("2020-06-01")).body("to", nullValue());
    }

    @Test
    void answersMembershipsOfManyCommitteesOrDirectorsOverAPeriod() {
        String cik = FakeDirectorsService.company();
        long audit = Api.committee(cik, "AUDIT");
        long compensation = Api.committee(cik, "COMPENSATION");
        long seat = FakeDirectorsService.seat(cik, "Period Director");
        long a = Api.member(audit, seat, "MEMBER", "2024-08-15", null);
        long c = Api.member(compensation, seat, "CHAIR", "2018-01-01", "2024-06-30");
        given().queryParam("committeeIds", audit + "," + compensation).queryParam("from", "2024-07-01").queryParam("to", "2024-09-30")
                .get("/memberships").then().statusCode(200).body("items.id", contains((int) a));
        given().queryParam("directorIds", String.valueOf(seat)).queryParam("asOf", "2024-06-30").get("/memberships").then()
                .body("items.id", contains((int) c));
        given().queryParam("committeeIds", audit + "," + compensation).get("/memberships").then()
                .body("items.id", contains((int) a, (int) c));
        given().queryParam("companyCiks", cik + ",9999999").queryParam("asOf", "2024-09-30").get("/committees").then()
                .body("items.id", contains((int) audit, (int) compensation));
    }

    private static List<Long> members(long committee, Map<String, String> query) {
        return given().queryParams(query).get("/committees/{id}/members", committee).then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
    }
}
