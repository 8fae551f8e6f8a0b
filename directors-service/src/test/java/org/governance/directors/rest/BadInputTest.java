package org.governance.directors.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * What a careless client or an attacker sends: each is a 4xx problem that names the field or parameter, never a
 * 500, and nothing is stored.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = { "governance-reader", "governance-editor" })
class BadInputTest {

    private static ValidatableResponse post(String path, String json) {
        return given().contentType(ContentType.JSON).body(json).post(path).then();
    }

    private static void refused(ValidatableResponse response, int status, String field) {
        response.statusCode(status).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("org.governance")));
    }

    private static void companyNotStored(String cik) {
        given().get("/companies/{cik}", cik).then().statusCode(404);
    }

    @Test
    void refusesJsonThatIsNotOneCleanObject() {
        String cik = Fixtures.newCik();
        refused(post("/companies", "{\"cik\":\"" + cik + "\",\"name\":\"Trailing Corp\"} {\"more\":1}"), 400, "body");
        refused(post("/companies", "{\"cik\":\"" + cik + "\",\"name\":\"First Corp\",\"name\":\"Second Corp\"}"), 400, "body");
        companyNotStored(cik);
    }

    @Test
    void refusesNumbersWhereTextOrWholeNumbersBelong() {
        String cik = Fixtures.newCik();
        // a CIK as a JSON number would lose its leading zeros on the way
        refused(post("/companies", "{\"cik\":" + cik + ",\"name\":\"Numeric Corp\"}"), 400, "cik");
        companyNotStored(cik);
        String company = Fixtures.company(false);
        long person = Fixtures.person("Fraction Person");
        refused(post("/directors", "{\"companyCik\":\"" + company + "\",\"personId\":" + person + ".5,\"independent\":true,"
                + "\"firstElected\":\"2020-01-01\"}"), 400, "personId");
        refused(post("/directors", "{\"companyCik\":\"" + company + "\",\"personId\":" + "9".repeat(1_200) + ",\"independent\":true,"
                + "\"firstElected\":\"2020-01-01\"}"), 400, "body");
        refused(post("/directors", "{\"companyCik\":\"" + company + "\",\"personId\":99999999999999999999,\"independent\":true,"
                + "\"firstElected\":\"2020-01-01\"}"), 400, "personId");
        given().queryParam("companyCiks", company).get("/directors").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void refusesTextTheDatabaseCannotHold() {
        String cik = Fixtures.newCik();
        refused(post("/companies", "{\"cik\":\"" + cik + "\",\"name\":\"Nul\\u0000 Corp\"}"), 400, "name");
        // a lone surrogate was stored as '?'
        refused(post("/companies", "{\"cik\":\"" + cik + "\",\"name\":\"Half \\ud800 Corp\"}"), 400, "name");
        companyNotStored(cik);
        refused(post("/people", "{\"fullName\":\"Nul\\u0000 Person\"}"), 400, "fullName");
        refused(given().queryParam("search", "qua\u0000lys").get("/companies").then(), 400, "search");
        refused(given().queryParam("name", "john\u0000").get("/people").then(), 400, "name");
        refused(given().get("/companies/{cik}", "12\u00003").then(), 400, "cik");
    }

    @Test
    void refusesDaysNoBoardHasAndDaysNoCalendarHas() {
        String cik = Fixtures.newCik();
        refused(post("/companies", "{\"cik\":\"" + cik + "\",\"name\":\"February Corp\",\"fiscalYearEnd\":\"02-31\"}"), 400, "fiscalYearEnd");
        companyNotStored(cik);
        String company = Fixtures.company(false);
        long person = Fixtures.person("Extreme Dates Person");
        for (String day : new String[] { "+999999999-12-31", "-999999999-01-01", "0000-01-01", "2024-02-30" }) {
            refused(post("/directors", "{\"companyCik\":\"" + company + "\",\"personId\":" + person + ",\"independent\":true,"
                    + "\"firstElected\":\"" + day + "\"}"), 400, "firstElected");
        }
        for (String day : new String[] { "1800-01-01", "9999-12-31" }) {
            refused(post("/directors", "{\"companyCik\":\"" + company + "\",\"personId\":" + person + ",\"independent\":true,"
                    + "\"firstElected\":\"" + day + "\"}"), 400, "firstElected");
        }
        refused(post("/directors", "{\"companyCik\":\"" + company + "\",\"personId\":" + person + ",\"independent\":true,"
                + "\"firstElected\":\"2020-01-01\",\"roles\":[null]}"), 400, "roles[]");
        given().queryParam("companyCiks", company).get("/directors").then().statusCode(200).body("totalItems", equalTo(0));
        for (String asOf : new String[] { "+999999999-12-31", "-999999999-01-01", "0000-01-01" }) {
            refused(given().queryParam("asOf", asOf).get("/directors").then(), 400, "asOf");
            refused(given().queryParam("asOf", asOf).get("/companies/{cik}/directors", company).then(), 400, "asOf");
        }
    }

    @Test
    void answersOversizeBodiesAndAddressesWithAProblem() throws Exception {
        // the headers of a 12 MB body: the refusal comes before any of it is sent
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /people HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + 12 * 1024 * 1024 + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = head(socket);
            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .contains("urn:governance:problem:payload-too-large");
        }
        given().queryParam("search", "q".repeat(10_000)).get("/companies").then().statusCode(414)
                .contentType("application/problem+json").body("type", equalTo("urn:governance:problem:uri-too-long"))
                .body("detail", startsWith("The request's path and query are"));
    }

    @Test
    void everyProblemCarriesTheTraceIdOfItsRequest() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";
        given().header("traceparent", traceparent).get("/companies/{cik}", "8889999").then().statusCode(404)
                .body("traceId", equalTo(traceId));
        given().header("traceparent", traceparent).queryParam("asOf", "2024-02-30").get("/directors").then().statusCode(400)
                .body("traceId", equalTo(traceId));
        given().header("traceparent", traceparent).contentType(ContentType.JSON).body("{\"fullName\": 5}").post("/people").then()
                .statusCode(400).body("traceId", equalTo(traceId));
        given().header("traceparent", traceparent).queryParam("search", "q".repeat(10_000)).get("/companies").then().statusCode(414)
                .body("traceId", equalTo(traceId));
        // without a trace from the caller, the service starts one
        given().get("/companies/{cik}", "8889999").then().statusCode(404).body("traceId", matchesPattern("[0-9a-f]{32}"));
    }

    /** The status line, the headers and as much of the body as its Content-Length says. */
    private static String head(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        int contentLength = -1;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return text.toString();
            }
            text.append((char) b);
            if (text.toString().endsWith("\r\n\r\n")) {
                Matcher length = Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(text);
                contentLength = length.find() ? Integer.parseInt(length.group(1)) : 0;
                break;
            }
        }
        text.append(new String(in.readNBytes(contentLength), StandardCharsets.UTF_8));
        return text.toString();
    }
}
