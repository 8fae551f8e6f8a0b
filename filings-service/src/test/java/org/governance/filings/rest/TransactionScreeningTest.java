package org.governance.filings.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.governance.filings.service.VerdictBackfill;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The screener's filters: minimum value, the owner's role, under a 10b5-1 plan, reported late, and the order; the
 * plan and lateness filters agree with the verdicts each row shows, also for rows stored before the verdicts were kept.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = {"governance-reader", "filings-ingest"})
class TransactionScreeningTest {

    static {
        Fixtures.useExactDecimals();
    }

    private static final String ISSUER = "0009990140";
    private static final String OWNER = "0009990141";
    private static String accession;

    @Inject
    DataSource dataSource;

    @Inject
    VerdictBackfill backfill;

    /** The seed Form 4 (an officer: M 10,000 at 4.10, S 10,000 at 18.3654 under a plan footnote, M of options), filed late. */
    @BeforeEach
    void storeOnce() {
        if (accession == null) {
            accession = Fixtures.newAccession();
            Fixtures.postXml(Fixtures.text(Fixtures.QUALYS).replace("0001107843", ISSUER).replace("0009990001", OWNER),
                    accession, "2013-08-12").statusCode(201);
        }
    }

    @Test
    void keepsTradesWorthAtLeastTheMinimumInTheOrderAsked() {
        given().queryParam("issuerCik", ISSUER).queryParam("minValue", "41000").queryParam("sort", "VALUE,DESC").get("/transactions")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("items.transaction.code", contains("S", "M"));
        given().queryParam("issuerCik", ISSUER).queryParam("minValue", "41000").queryParam("sort", "value").get("/transactions")
                .then().body("items.transaction.code", contains("M", "S"));
        given().queryParam("issuerCik", ISSUER).queryParam("minValue", "100000").get("/transactions").then()
                .body("items.transaction.code", contains("S"));
        given().queryParam("issuerCik", ISSUER).queryParam("sort", "SHARES,DESC").get("/transactions").then()
                .body("totalItems", equalTo(3));
    }

    @Test
    void keepsTradesOfOwnersInTheRolesAsked() {
        given().queryParam("issuerCik", ISSUER).queryParam("roles", "OFFICER").get("/transactions").then()
                .body("totalItems", equalTo(3)).body("items.reportingOwners.flatten().officer", everyItem(equalTo(true)));
        given().queryParam("issuerCik", ISSUER).queryParam("roles", "director,TEN_PERCENT_OWNER").get("/transactions").then()
                .body("items", empty());
    }

    @Test
    void thePlanAndLatenessFiltersAgreeWithTheVerdictsShown() {
        given().queryParam("issuerCik", ISSUER).queryParam("underPlan", "true").get("/transactions").then()
                .body("items.transaction.code", hasItem("S"))
                .body("items.transaction.plan10b5One.status", everyItem(not(equalTo("NONE"))));
        given().queryParam("issuerCik", ISSUER).queryParam("underPlan", "false").get("/transactions").then()
                .body("items.transaction.plan10b5One.status", everyItem(equalTo("NONE")));
        given().queryParam("issuerCik", ISSUER).queryParam("late", "true").get("/transactions").then()
                .body("totalItems", equalTo(3)).body("items.transaction.late", everyItem(equalTo(true)));
        given().queryParam("issuerCik", ISSUER).queryParam("late", "false").get("/transactions").then().body("items", empty());
    }

    @Test
    void aFilingWhoseDateBecomesKnownLaterIsJudgedLateThen() {
        String undated = Fixtures.newAccession();
        String issuer = "0009990142";
        String xml = Fixtures.text(Fixtures.QUALYS).replace("0001107843", issuer).replace("0009990001", OWNER);
        Fixtures.postXml(xml, undated, null).statusCode(201);
        given().queryParam("issuerCik", issuer).queryParam("late", "true").get("/transactions").then().body("items", empty());
        Fixtures.postXml(xml, undated, "2013-08-12").statusCode(200);
        given().queryParam("issuerCik", issuer).queryParam("late", "true").get("/transactions").then().body("totalItems", equalTo(3));
    }

    @Test
    void rowsStoredBeforeTheVerdictsWereKeptGetThemFromTheBackfill() throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement forget = connection.prepareStatement(
                "UPDATE filing_transaction SET under_plan = NULL, late = NULL, verdicts_derived = FALSE WHERE accession = ?")) {
            forget.setString(1, accession);
            forget.executeUpdate();
        }
        given().queryParam("issuerCik", ISSUER).queryParam("late", "true").get("/transactions").then().body("items", empty());
        backfill.run();
        given().queryParam("issuerCik", ISSUER).queryParam("late", "true").get("/transactions").then().body("totalItems", equalTo(3));
        given().queryParam("issuerCik", ISSUER).queryParam("underPlan", "true").get("/transactions").then()
                .body("items.transaction.code", hasItem("S"));
    }

    @Test
    void refusesFiltersThatCannotBeMeant() {
        given().queryParam("minValue", "-1").get("/transactions").then().statusCode(400)
                .body("type", equalTo("urn:governance:problem:invalid-parameter")).body("errors[0].field", equalTo("minValue"));
        given().queryParam("minValue", "a lot").get("/transactions").then().statusCode(400).body("errors[0].field", equalTo("minValue"));
        given().queryParam("minValue", "1e400").get("/transactions").then().statusCode(400).body("errors[0].field", equalTo("minValue"));
        given().queryParam("roles", "CEO").get("/transactions").then().statusCode(400).body("errors[0].field", equalTo("roles"));
        given().queryParam("roles", "DIRECTOR,").get("/transactions").then().statusCode(400).body("errors[0].field", equalTo("roles"));
        given().queryParam("underPlan", "maybe").get("/transactions").then().statusCode(400).body("errors[0].field", equalTo("underPlan"));
        given().queryParam("late", "soon").get("/transactions").then().statusCode(400).body("errors[0].field", equalTo("late"));
        given().queryParam("sort", "PRICE").get("/transactions").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().queryParam("sort", "VALUE,UP").get("/transactions").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }
}
