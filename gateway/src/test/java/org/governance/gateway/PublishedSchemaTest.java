package org.governance.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * gateway/schema.graphql is the schema the gateway publishes; the web front end generates its types from that file,
 * so a schema change breaks the web build, not the page. After changing the API, copy the schema this test writes
 * to target/published-schema.graphql there.
 */
@QuarkusTest
@TestSecurity(user = "tester", roles = "governance-reader")
class PublishedSchemaTest {

    @Test
    void theCommittedSchemaIsTheOneTheGatewayPublishes() throws Exception {
        String published = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target/published-schema.graphql"), published, StandardCharsets.UTF_8);
        String committed = Files.readString(Path.of("schema.graphql"), StandardCharsets.UTF_8);
        assertThat(committed).as("gateway/schema.graphql is stale: cp gateway/target/published-schema.graphql gateway/schema.graphql")
                .isEqualTo(published);
    }
}
