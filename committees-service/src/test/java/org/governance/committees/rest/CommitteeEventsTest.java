package org.governance.committees.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.governance.committees.support.FakeDirectorsService;
import org.governance.events.Change;
import org.governance.events.CommitteeChanged;
import org.governance.events.EventEnvelope;
import org.governance.events.MembershipChanged;
import org.governance.events.Topics;
import org.governance.events.testing.EventProbe;
import org.governance.events.testing.KafkaBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A committee and each of its memberships reach Kafka as events keyed by the company's CIK: joined, ended, removed. */
@QuarkusTest
@QuarkusTestResource(KafkaBroker.class)
@WithTestResource(FakeDirectorsService.class)
@TestSecurity(user = "tester", roles = {"governance-reader", "governance-editor"})
class CommitteeEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private EventProbe probe;

    @BeforeEach
    void open() {
        FakeDirectorsService.serveRegisteredData();
        probe = new EventProbe(Topics.COMMITTEES);
    }

    @AfterEach
    void close() {
        probe.close();
    }

    private static Predicate<EventEnvelope> about(String type, String cik) {
        return event -> event.type().equals(type) && cik.equals(event.companyCik());
    }

    @Test
    void aMembershipIsPublishedWhenItBeginsEndsAndIsRemoved() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "AUDIT");
        long seat = FakeDirectorsService.seat(cik, "Evented Member");
        long membership = Api.member(committee, seat, "MEMBER", "2020-01-01", null);

        List<EventProbe.Received> committees = probe.await(about(CommitteeChanged.TYPE, cik), 1, WAIT);
        assertThat(committees).hasSize(1);
        assertThat(committees.get(0).key()).isEqualTo(cik);
        CommitteeChanged formed = committees.get(0).event().data(EventProbe.MAPPER, CommitteeChanged.class);
        assertThat(formed.committeeId()).isEqualTo(committee);
        assertThat(formed.committeeType()).isEqualTo("AUDIT");

        MembershipChanged joined = probe.await(about(MembershipChanged.TYPE, cik), 1, WAIT).get(0).event()
                .data(EventProbe.MAPPER, MembershipChanged.class);
        assertThat(joined.change()).isEqualTo(Change.SAVED);
        assertThat(joined.membershipId()).isEqualTo(membership);
        assertThat(joined.seatId()).isEqualTo(seat);
        assertThat(joined.committeeType()).isEqualTo("AUDIT");
        assertThat(joined.role()).isEqualTo("MEMBER");
        assertThat(joined.from()).hasToString("2020-01-01");
        assertThat(joined.to()).isNull();

        given().contentType(ContentType.JSON).body(Map.of("to", "2024-06-30"))
                .post("/committees/{c}/members/{m}/end", committee, membership).then().statusCode(200);
        MembershipChanged ended = probe.await(about(MembershipChanged.TYPE, cik), 2, WAIT).get(1).event()
                .data(EventProbe.MAPPER, MembershipChanged.class);
        assertThat(ended.to()).hasToString("2024-06-30");

        given().delete("/committees/{c}/members/{m}", committee, membership).then().statusCode(204);
        MembershipChanged removed = probe.await(about(MembershipChanged.TYPE, cik), 3, WAIT).get(2).event()
                .data(EventProbe.MAPPER, MembershipChanged.class);
        assertThat(removed.change()).isEqualTo(Change.REMOVED);
        assertThat(removed.membershipId()).isEqualTo(membership);
    }

    @Test
    void aRefusedMembershipPublishesNothing() {
        String cik = FakeDirectorsService.company();
        long committee = Api.committee(cik, "COMPENSATION");
        long seat = FakeDirectorsService.seat(cik, "Refused Member");
        probe.await(about(CommitteeChanged.TYPE, cik), 1, WAIT);
        // a membership that ends before it begins is refused
        given().contentType(ContentType.JSON).body(Api.membership(seat, "MEMBER", "2021-01-01", "2020-01-01"))
                .post("/committees/{id}/members", committee).then().statusCode(422);
        assertThat(probe.within(about(MembershipChanged.TYPE, cik), Duration.ofSeconds(3))).isEmpty();
    }
}
