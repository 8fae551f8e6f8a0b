package org.governance.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;

import org.governance.gateway.support.Data;
import org.governance.gateway.support.StubServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Every query and nested field, each level served by one request per service. */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
@WithTestResource(StubServices.class)
class NavigationQueriesTest {

    static {
        GraphQL.exactDecimals();
    }

    private static final String MSFT = "0000789019";

    @BeforeEach
    void reset() {
        StubServices.reset();
    }

    private static void twoCompaniesWithBoards() {
        StubServices.directors().stubFor(get(urlPathEqualTo("/companies")).willReturn(okJson(StubServices.page(List.of(
                Data.company(Data.QUALYS, "QUALYS, INC.", "QLYS"), Data.company(MSFT, "MICROSOFT CORP", "MSFT"))))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/directors")).willReturn(okJson(StubServices.page(List.of(
                Data.seat(11, Data.QUALYS, Data.person(1, "Ada Example", "0009990011", null), true),
                Data.seat(12, Data.QUALYS, Data.person(2, "Ben Example", null, null), false),
                Data.seat(21, MSFT, Data.person(1, "Ada Example", "0009990011", null), true))))));
        StubServices.committees().stubFor(get(urlPathEqualTo("/committees")).willReturn(okJson(StubServices.page(List.of(
                Data.committee(10, Data.QUALYS, "AUDIT", "Audit Committee"), Data.committee(30, MSFT, "AUDIT", "Audit Committee"))))));
        StubServices.committees().stubFor(get(urlPathEqualTo("/memberships")).willReturn(okJson(StubServices.page(List.of(
                Data.membership(1, 10, "AUDIT", "Audit Committee", 11, "CHAIR", "2019-01-01", null),
                Data.membership(2, 30, "AUDIT", "Audit Committee", 21, "MEMBER", "2020-01-01", null))))));
    }

    @Test
    void resolvesEveryNestedLevelWithOneRequestPerService() {
        twoCompaniesWithBoards();
        GraphQL.post("""
                { companies(search: "e") { totalItems items { cik name
                    board(asOf: "2024-09-30") { id person { fullName } committees(asOf: "2024-09-30") { committeeName role director { id } } }
                    committees(asOf: "2024-09-30") { id name members(asOf: "2024-09-30") { role directorId } } } } }""")
                .body("errors", nullValue())
                .body("data.companies.totalItems", hasToString("2"))
                .body("data.companies.items[0].board.person.fullName", contains("Ada Example", "Ben Example"))
                .body("data.companies.items[1].board.person.fullName", contains("Ada Example"))
                .body("data.companies.items[0].board[0].committees.committeeName", contains("Audit Committee"))
                .body("data.companies.items[0].board[0].committees[0].director.id", equalTo("11"))
                .body("data.companies.items[0].board[1].committees", hasSize(0))
                .body("data.companies.items[1].committees[0].members.directorId", contains("21"));
        // companies, board, membership.director: three levels at directors-service; committees and members: two
        StubServices.directors().verify(1, getRequestedFor(urlPathEqualTo("/companies")));
        StubServices.directors().verify(2, getRequestedFor(urlPathEqualTo("/directors")));
        StubServices.directors().verify(getRequestedFor(urlPathEqualTo("/directors"))
                .withQueryParam("companyCiks", WireMock.matching("(0001107843,0000789019|0000789019,0001107843)"))
                .withQueryParam("asOf", WireMock.equalTo("2024-09-30")));
        StubServices.committees().verify(1, getRequestedFor(urlPathEqualTo("/committees")));
        StubServices.committees().verify(2, getRequestedFor(urlPathEqualTo("/memberships")));
    }

    @Test
    void looksUpCompaniesPeopleSeatsCommitteesAndFilings() {
        StubServices.directors().stubFor(get(urlPathEqualTo("/companies/1107843")).willReturn(okJson(StubServices.json(
                Data.company(Data.QUALYS, "QUALYS, INC.", "QLYS")))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/companies")).withQueryParam("search", WireMock.equalTo("QLYS"))
                .willReturn(okJson(StubServices.page(List.of(Data.company(Data.QUALYS, "QUALYS, INC.", "QLYS"))))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/people/1")).willReturn(okJson(StubServices.json(
                Data.person(1, "John N. Wilson", null, "Wilson John N")))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/people")).willReturn(okJson(StubServices.page(List.of(
                Data.person(1, "John N. Wilson", null, "Wilson John N"))))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/directors/11")).willReturn(okJson(StubServices.json(
                adopted(Data.seat(11, Data.QUALYS, Data.person(1, "John N. Wilson", null, null), false))))));
        StubServices.committees().stubFor(get(urlPathEqualTo("/committees/10")).willReturn(okJson(StubServices.json(
                Data.committee(10, Data.QUALYS, "AUDIT", "Audit Committee")))));
        StubServices.filings().stubFor(get(urlPathEqualTo("/filings/0009999999-13-000001")).willReturn(okJson(StubServices.json(Map.of(
                "accession", "0009999999-13-000001", "documentType", "4", "periodOfReport", "2013-08-06",
                "issuer", Map.of("cik", Data.QUALYS, "name", "QUALYS, INC.", "tradingSymbol", "QLYS"),
                "reportingOwners", List.of(Map.of("cik", "0009990001", "name", "Wilson John N", "officer", true,
                        "officerTitle", "EVP, Worldwide Field Ops")),
                "nonDerivativeTransactions", List.of(Map.of("table", "NON_DERIVATIVE", "seq", 2, "code", "S",
                        "shares", new java.math.BigDecimal("10000"), "pricePerShare", new java.math.BigDecimal("18.3654"),
                        "value", new java.math.BigDecimal("183654.0000"), "plan10b5One", Map.of("status", "FOOTNOTE", "evidence", "F1: ..."))),
                "footnotes", List.of(Map.of("id", "F1", "text", "Rule 10b5-1 trading plan")))))));
        GraphQL.post("""
                { byCik: company(cik: "1107843") { name ticker }
                  byTicker: company(ticker: "QLYS") { cik }
                  person(id: 1) { fullName edgarName }
                  people(name: "john wilson") { id }
                  director(id: 11) { person { fullName } independent origin }
                  committee(id: 10) { name type }
                  filing(accession: "0009999999-13-000001") { documentType issuer { name } reportingOwners { name officerTitle }
                    nonDerivativeTransactions { code shares pricePerShare value plan10b5One { status } } footnotes { id } } }""")
                .body("errors", nullValue())
                .body("data.byCik.name", equalTo("QUALYS, INC."))
                .body("data.byTicker.cik", equalTo(Data.QUALYS))
                .body("data.person.edgarName", equalTo("Wilson John N"))
                .body("data.people.id", contains("1"))
                .body("data.director.person.fullName", equalTo("John N. Wilson"))
                .body("data.director.independent", nullValue())
                .body("data.director.origin", equalTo("FILINGS"))
                .body("data.committee.type", equalTo("AUDIT"))
                .body("data.filing.reportingOwners[0].officerTitle", equalTo("EVP, Worldwide Field Ops"))
                .body("data.filing.nonDerivativeTransactions[0].value", hasToString("183654.0000"))
                .body("data.filing.nonDerivativeTransactions[0].pricePerShare", hasToString("18.3654"))
                .body("data.filing.nonDerivativeTransactions[0].plan10b5One.status", equalTo("FOOTNOTE"));
    }

    @Test
    void answersInsiderTransactionsComplianceAndAPersonsBoardsAndTrades() {
        StubServices.directors().stubFor(get(urlPathEqualTo("/companies/1107843")).willReturn(okJson(StubServices.json(
                Data.company(Data.QUALYS, "QUALYS, INC.", "QLYS")))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/board-compliance")).willReturn(okJson(StubServices.json(List.of(Map.of(
                "companyCik", Data.QUALYS, "asOf", "2024-09-30", "passed", true, "checks", List.of(Map.of("id", "SINGLE_CHAIR",
                        "rule", "The board has exactly one Chair", "status", "PASS", "facts", "1 Chair(s): Ada", "source", "guidelines"))))))));
        StubServices.committees().stubFor(get(urlPathEqualTo("/committee-compliance")).willReturn(okJson(StubServices.json(List.of(Map.of(
                "companyCik", Data.QUALYS, "asOf", "2024-09-30", "passed", false, "checks", List.of(Map.of("id", "AUDIT_COMMITTEE_SIZE",
                        "rule", "At least three members", "status", "FAIL", "facts", "Audit Committee: 2 member(s)", "source", "Nasdaq"))))))));
        StubServices.filings().stubFor(get(urlPathEqualTo("/transactions")).willReturn(okJson(StubServices.page(List.of(
                Data.trade("0009999999-24-000001", "0009990011", "Example Ada", "2024-08-05", "S", "1000", "50.00", "50000.0000", "CHECKBOX"))))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/people/1")).willReturn(okJson(StubServices.json(
                Data.person(1, "Ada Example", "0009990011", null)))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/directors")).willReturn(okJson(StubServices.page(List.of(
                Data.seat(11, Data.QUALYS, Data.person(1, "Ada Example", "0009990011", null), true))))));
        GraphQL.post("""
                { company(cik: "1107843") {
                    compliance(asOf: "2024-09-30") { passed checks { id scope status facts } }
                    insiderTransactions(quarter: "2024-Q3", codes: ["S"]) { accession code value reportingOwners { cik } plan10b5One { status } } }
                  person(id: 1) { boards { companyCik } transactions(quarter: "2024-Q3") { accession } }
                  insiderTransactions(filter: { issuerCiks: ["1107843"], quarter: "2024-Q3" }, page: { size: 10 }) { totalItems items { code } } }""")
                .body("errors", nullValue())
                .body("data.company.compliance.passed", equalTo(false))
                .body("data.company.compliance.checks.scope", contains("BOARD", "COMMITTEES"))
                .body("data.company.compliance.checks.id", contains("SINGLE_CHAIR", "AUDIT_COMMITTEE_SIZE"))
                .body("data.company.insiderTransactions[0].plan10b5One.status", equalTo("CHECKBOX"))
                .body("data.company.insiderTransactions[0].value", hasToString("50000.0000"))
                .body("data.person.boards.companyCik", contains(Data.QUALYS))
                .body("data.person.transactions.accession", contains("0009999999-24-000001"))
                .body("data.insiderTransactions.totalItems", hasToString("1"));
        StubServices.filings().verify(getRequestedFor(urlPathEqualTo("/transactions")).withQueryParam("ownerCiks", WireMock.equalTo("0009990011")));
        StubServices.filings().verify(getRequestedFor(urlPathEqualTo("/transactions")).withQueryParam("size", WireMock.equalTo("10")));
    }

    @Test
    void matchesAPersonWithoutACikByNameAmongTheOwnersOfTheirBoardsIssuers() {
        StubServices.directors().stubFor(get(urlPathEqualTo("/people/2")).willReturn(okJson(StubServices.json(
                Data.person(2, "John N. Wilson", null, null)))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/directors")).willReturn(okJson(StubServices.page(List.of(
                Data.seat(12, Data.QUALYS, Data.person(2, "John N. Wilson", null, null), false))))));
        StubServices.filings().stubFor(get(urlPathEqualTo("/transactions")).willReturn(okJson(StubServices.page(List.of(
                Data.trade("0009999999-13-000001", "0009990001", "Wilson John N", "2013-08-06", "S", "10000", "18.3654", "183654.0000", "FOOTNOTE"),
                Data.trade("0009999999-13-000002", "0009990002", "Wilson Jane", "2013-08-06", "S", "5", "18", "90", "NONE"))))));
        GraphQL.post("{ person(id: 2) { transactions(quarter: \"2013-Q3\") { accession reportingOwners { name } } } }")
                .body("errors", nullValue())
                .body("data.person.transactions.accession", contains("0009999999-13-000001"));
        StubServices.filings().verify(getRequestedFor(urlPathEqualTo("/transactions")).withQueryParam("issuerCiks", WireMock.equalTo(Data.QUALYS)));
    }

    @Test
    void publishesTheSchemaAndTheGraphQlUi() {
        io.restassured.RestAssured.given().get("/graphql/schema.graphql").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("committeeMemberTrades("))
                .body(org.hamcrest.Matchers.containsString("codes: [String] = [\"S\"]"))
                .body(org.hamcrest.Matchers.containsString("matchedBy: MatchedBy"));
        io.restassured.RestAssured.given().get("/q/graphql-ui/").then().statusCode(200);
        io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(200);
        io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void aCompanysInsidersAsItsFilingsReportThem() {
        StubServices.directors().stubFor(get(urlPathEqualTo("/companies/1107843")).willReturn(okJson(StubServices.json(
                Data.company(Data.QUALYS, "QUALYS, INC.", "QLYS")))));
        StubServices.filings().stubFor(get(urlPathEqualTo("/issuers/" + Data.QUALYS + "/insiders")).willReturn(okJson("""
                {"issuerCik": "0001107843", "issuerName": "QUALYS, INC.", "asOf": "2024-09-30", "insiders": [
                  {"cik": "0009990001", "name": "Wilson John N", "director": false, "officer": true,
                   "officerTitle": "EVP, Worldwide Field Ops", "tenPercentOwner": false, "other": false, "otherText": null,
                   "firstFiled": "2013-08-07", "lastFiled": "2024-08-08", "filings": 12, "lastAccession": "0001415889-24-020022",
                   "exited": true, "holdings": [{"securityTitle": "Common Stock", "table": "NON_DERIVATIVE", "directOrIndirect": "D",
                   "natureOfOwnership": null, "sharesOwned": 55500, "valueOwned": null, "reportedFor": "2024-08-06",
                   "accession": "0001415889-24-020022"}]}]}""")));
        GraphQL.post("""
                { company(cik: "1107843") { insiders(asOf: "2024-09-30") { cik name officer officerTitle firstFiled lastFiled
                    filings exited holdings { securityTitle sharesOwned reportedFor } } } }""")
                .body("errors", nullValue())
                .body("data.company.insiders[0].name", equalTo("Wilson John N"))
                .body("data.company.insiders[0].officerTitle", equalTo("EVP, Worldwide Field Ops"))
                .body("data.company.insiders[0].firstFiled", equalTo("2013-08-07"))
                .body("data.company.insiders[0].filings", equalTo(12))
                .body("data.company.insiders[0].exited", equalTo(true))
                .body("data.company.insiders[0].holdings[0].sharesOwned", hasToString("55500"))
                .body("data.company.insiders[0].holdings[0].reportedFor", equalTo("2024-08-06"));
        StubServices.filings().verify(WireMock.getRequestedFor(urlPathEqualTo("/issuers/" + Data.QUALYS + "/insiders"))
                .withQueryParam("asOf", WireMock.equalTo("2024-09-30")));
    }

    @Test
    void whereTheCuratedBoardAndTheFilingsDisagree() {
        StubServices.directors().stubFor(get(urlPathEqualTo("/companies/1107843")).willReturn(okJson(StubServices.json(
                Data.company(Data.QUALYS, "QUALYS, INC.", "QLYS")))));
        StubServices.directors().stubFor(get(urlPathEqualTo("/directors")).willReturn(okJson(StubServices.page(List.of(
                Data.seat(21, Data.QUALYS, Data.person(1, "Exited Director", "9990001", null), true),
                Data.seat(22, Data.QUALYS, Data.person(2, "Unknown Cik", null, null), true),
                Data.seat(24, Data.QUALYS, Data.person(4, "Named Director", null, null), true),
                Data.seat(23, Data.QUALYS, Data.person(3, "Filing Director", "0009990003", null), true))))));
        StubServices.filings().stubFor(get(urlPathEqualTo("/issuers/" + Data.QUALYS + "/insiders")).willReturn(okJson("""
                {"issuerCik": "0001107843", "insiders": [
                  {"cik": "0009990001", "name": "EXITED DIRECTOR", "director": true, "officer": false, "firstFiled": "2020-01-02",
                   "lastFiled": "2024-03-01", "filings": 3, "lastAccession": "0009999999-24-000001", "exited": true, "holdings": []},
                  {"cik": "0009990002", "name": "UNSEATED DIRECTOR", "director": true, "officer": false, "firstFiled": "2024-02-01",
                   "lastFiled": "2024-08-01", "filings": 1, "lastAccession": "0009999999-24-000002", "exited": false, "holdings": []},
                  {"cik": "0009990003", "name": "FILING DIRECTOR", "director": true, "officer": false, "firstFiled": "2021-02-01",
                   "lastFiled": "2024-08-01", "filings": 4, "lastAccession": "0009999999-24-000003", "exited": false, "holdings": []},
                  {"cik": "0009990005", "name": "DIRECTOR NAMED", "director": true, "officer": false, "firstFiled": "2021-02-01",
                   "lastFiled": "2024-08-01", "filings": 4, "lastAccession": "0009999999-24-000005", "exited": false, "holdings": []},
                  {"cik": "0009990004", "name": "AN OFFICER", "director": false, "officer": true, "firstFiled": "2021-02-01",
                   "lastFiled": "2024-08-01", "filings": 4, "lastAccession": "0009999999-24-000004", "exited": false, "holdings": []}]}""")));
        GraphQL.post("""
                { company(cik: "1107843") { boardVsFilings(asOf: "2024-09-30") { kind personCik name directorId lastFiled detail } } }""")
                .body("errors", nullValue())
                .body("data.company.boardVsFilings", hasSize(3))
                .body("data.company.boardVsFilings.find { it.kind == 'DIRECTOR_FILED_EXIT' }.directorId", equalTo("21"))
                .body("data.company.boardVsFilings.find { it.kind == 'DIRECTOR_FILED_EXIT' }.lastFiled", equalTo("2024-03-01"))
                .body("data.company.boardVsFilings.find { it.kind == 'DIRECTOR_FILES_NOTHING' }.name", equalTo("Unknown Cik"))
                .body("data.company.boardVsFilings.find { it.kind == 'DIRECTOR_NOT_ON_BOARD' }.personCik", equalTo("0009990002"))
                .body("data.company.boardVsFilings.find { it.kind == 'DIRECTOR_NOT_ON_BOARD' }.detail",
                        equalTo("The filing of 2024-08-01 (0009999999-24-000002) reports a director with no seat on the board on 2024-09-30"));
    }

    /** A seat as directors-service answers one adopted from the filings: no independence determined yet. */
    private static Map<String, Object> adopted(Map<String, Object> seat) {
        seat.put("independent", null);
        seat.put("origin", "FILINGS");
        return seat;
    }
}
