package org.governance.directors.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.governance.events.Change;
import org.governance.events.CompanyChanged;
import org.governance.events.EventEnvelope;
import org.governance.events.PersonChanged;
import org.governance.events.SeatChanged;
import org.governance.events.Topics;
import org.governance.events.testing.EventProbe;
import org.governance.events.testing.KafkaBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Every change to a company, a seat or a person reaches Kafka as an event keyed by the company's CIK; a refused one does not. */
@QuarkusTest
@QuarkusTestResource(KafkaBroker.class)
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
class BoardEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private EventProbe probe;

    @BeforeEach
    void open() {
        probe = new EventProbe(Topics.DIRECTORS);
    }

    @AfterEach
    void close() {
        probe.close();
    }

    private static Predicate<EventEnvelope> about(String type, String cik) {
        return event -> event.type().equals(type) && cik.equals(event.companyCik());
    }

    @Test
    void aSeatIsPublishedWhenCreatedChangedAndRemovedWithItsPersonAndKeyedByItsCompany() {
        String cik = Fixtures.company(false);
        String padded = Fixtures.padded(cik);
        long person = Fixtures.person(Map.of("fullName", "Evented Example", "cik", "0009990471"));
        long seat = Fixtures.director(Fixtures.seat(cik, person, "2019-05-01", "roles", List.of("CHAIR")));

        List<EventProbe.Received> company = probe.await(about(CompanyChanged.TYPE, padded), 1, WAIT);
        assertThat(company).hasSize(1);
        assertThat(company.get(0).key()).isEqualTo(padded);
        assertThat(company.get(0).event().data(EventProbe.MAPPER, CompanyChanged.class).name()).isEqualTo("Example Holdings " + cik);

        SeatChanged created = probe.await(about(SeatChanged.TYPE, padded), 1, WAIT).get(0).event().data(EventProbe.MAPPER, SeatChanged.class);
        assertThat(created.change()).isEqualTo(Change.SAVED);
        assertThat(created.seatId()).isEqualTo(seat);
        assertThat(created.person().cik()).isEqualTo("0009990471");
        assertThat(created.person().fullName()).isEqualTo("Evented Example");
        assertThat(created.firstElected()).hasToString("2019-05-01");
        assertThat(created.leftOn()).isNull();
        assertThat(created.roles()).containsExactly("CHAIR");

        given().contentType("application/merge-patch+json").body(Map.of("leftOn", "2024-06-30"))
                .patch("/directors/{id}", seat).then().statusCode(200);
        List<EventProbe.Received> seats = probe.await(about(SeatChanged.TYPE, padded), 2, WAIT);
        assertThat(seats.get(1).event().data(EventProbe.MAPPER, SeatChanged.class).leftOn()).hasToString("2024-06-30");

        // the person's new name reaches every company where they sit
        given().contentType(ContentType.JSON).body(Map.of("fullName", "Evented Example", "cik", "0009990471", "edgarName", "Example Evented"))
                .put("/people/{id}", person).then().statusCode(200);
        PersonChanged renamed = probe.await(about(PersonChanged.TYPE, padded), 1, WAIT).get(0).event().data(EventProbe.MAPPER,
                PersonChanged.class);
        assertThat(renamed.person().edgarName()).isEqualTo("Example Evented");

        given().delete("/directors/{id}", seat).then().statusCode(204);
        List<EventProbe.Received> all = probe.await(about(SeatChanged.TYPE, padded), 3, WAIT);
        SeatChanged removed = all.get(2).event().data(EventProbe.MAPPER, SeatChanged.class);
        assertThat(removed.change()).isEqualTo(Change.REMOVED);
        assertThat(removed.seatId()).isEqualTo(seat);
    }

    @Test
    void aRefusedSeatPublishesNothing() {
        String cik = Fixtures.company(false);
        probe.await(about(CompanyChanged.TYPE, Fixtures.padded(cik)), 1, WAIT);
        // a seat of a person who does not exist is refused, and nothing of it is published
        given().contentType(ContentType.JSON).body(Fixtures.seat(cik, 987654321L, "2020-01-01"))
                .post("/directors").then().statusCode(422);
        assertThat(probe.within(about(SeatChanged.TYPE, Fixtures.padded(cik)), Duration.ofSeconds(3))).isEmpty();
    }
}
