package org.governance.filings.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.governance.events.EventEnvelope;
import org.governance.events.FilingStored;
import org.governance.events.Topics;
import org.governance.events.outbox.Outbox;
import org.governance.events.outbox.OutboxRelay;
import org.governance.events.testing.EventProbe;
import org.governance.events.testing.KafkaBroker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * A stored filing is published as one {@code filing-stored} event, through the outbox, to the real broker: written
 * with the filing or not at all, published after a relay restart, and after Kafka comes back.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBroker.class)
@TestSecurity(user = "tester", roles = {"governance-reader", "filings-ingest"})
class FilingEventsTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    OutboxRelay relay;

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    private EventProbe probe;

    @BeforeEach
    void open() {
        probe = new EventProbe(Topics.FILINGS);
    }

    @AfterEach
    void close() {
        probe.close();
        relay.startRelaying();
    }

    /** The example Form 4 under an issuer of its own and a fresh accession. */
    private static String[] newFiling(String issuerCik) {
        String accession = String.format("0009999999-%02d-%06d", 30, 900_000 + NEXT.incrementAndGet() * 10 + (int) (System.nanoTime() % 10));
        return new String[] { accession, fixture().replace("0009990100", issuerCik) };
    }

    private static String fixture() {
        try (InputStream in = FilingEventsTest.class.getResourceAsStream("/filings/example-form4-original.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int post(String xml, String accession) {
        return given().contentType("application/xml").body(xml.getBytes(StandardCharsets.UTF_8)).queryParam("accession", accession)
                .queryParam("filingDate", "2024-08-16").post("/filings").statusCode();
    }

    private static java.util.function.Predicate<EventEnvelope> storedFiling(String accession) {
        return event -> event.type().equals(FilingStored.TYPE) && accession.equals(event.data().path("accession").asText());
    }

    private long pending(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE event_key = ? AND published_at IS NULL")) {
            count.setString(1, key);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void aStoredFilingIsPublishedOnceKeyedByItsIssuerWithItsOwnersAndTrades() {
        String[] filing = newFiling("0009990301");
        assertThat(post(filing[1], filing[0])).isEqualTo(201);

        List<EventProbe.Received> received = probe.await(storedFiling(filing[0]), 1, WAIT);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).key()).isEqualTo("0009990301");
        EventEnvelope event = received.get(0).event();
        assertThat(event.version()).isEqualTo(FilingStored.VERSION);
        assertThat(event.source()).isEqualTo("filings-service");
        assertThat(event.companyCik()).isEqualTo("0009990301");
        FilingStored stored = event.data(EventProbe.MAPPER, FilingStored.class);
        assertThat(stored.documentType()).isEqualTo("4");
        assertThat(stored.filingDate()).hasToString("2024-08-16");
        assertThat(stored.issuer().cik()).isEqualTo("0009990301");
        assertThat(stored.owners()).extracting(FilingStored.Owner::cik).containsExactly("0009990002");
        assertThat(stored.transactions()).extracting(FilingStored.Trade::code).contains("S");
        FilingStored.Trade sale = stored.transactions().stream().filter(t -> t.code().equals("S")).findFirst().orElseThrow();
        assertThat(sale.shares()).isEqualByComparingTo("1000");
        assertThat(sale.pricePerShare()).isEqualByComparingTo("50.00");
        assertThat(sale.value()).isEqualByComparingTo("50000");
        assertThat(sale.transactionDate()).hasToString("2024-08-14");

        // the same filing again is already present: no second event
        assertThat(post(filing[1], filing[0])).isEqualTo(200);
        assertThat(probe.within(storedFiling(filing[0]), Duration.ofSeconds(3))).hasSize(1);
    }

    @Test
    void aRefusedFilingPublishesNothing() throws SQLException {
        String[] filing = newFiling("0009990302");
        String broken = filing[1].substring(0, filing[1].indexOf("<reportingOwner>"));
        assertThat(post(broken, filing[0])).isEqualTo(400);
        assertThat(probe.within(storedFiling(filing[0]), Duration.ofSeconds(3))).isEmpty();
        assertThat(pending("0009990302")).isZero();
    }

    @Test
    void eventsOfARolledBackTransactionAreNeverWrittenNorPublished() throws SQLException {
        String marker = "0009990303";
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.add(Topics.FILINGS, marker, "test-marker", 1, java.util.Map.of("id", UUID.randomUUID().toString()));
            throw new IllegalStateException("the change fails after its event was written");
        })).hasMessageContaining("the change fails");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM outbox_event WHERE event_key = ?")) {
            count.setString(1, marker);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                assertThat(result.getLong(1)).isZero();
            }
        }
        assertThat(probe.within(event -> marker.equals(event.companyCik()), Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aFilingStoredWhileTheRelayIsStoppedIsPublishedWhenItStartsAgain() throws SQLException {
        relay.stopRelaying();
        String[] filing = newFiling("0009990304");
        assertThat(post(filing[1], filing[0])).isEqualTo(201);
        assertThat(probe.within(storedFiling(filing[0]), Duration.ofSeconds(3))).isEmpty();
        assertThat(pending("0009990304")).isEqualTo(1);

        relay.startRelaying();
        assertThat(probe.await(storedFiling(filing[0]), 1, WAIT)).hasSize(1);
        assertThat(pending("0009990304")).isZero();
    }

    @Test
    void withKafkaDownAFilingIsStillStoredAndItsEventFlowsWhenKafkaReturns() throws SQLException {
        String[] filing = newFiling("0009990305");
        KafkaBroker.stopBroker();
        try {
            assertThat(post(filing[1], filing[0])).isEqualTo(201);
            given().get("/filings/{a}", filing[0]).then().statusCode(200);
            // the service stays ready: Kafka is not needed to answer or to store
            given().get("/q/health/ready").then().statusCode(200);
            assertThat(pending("0009990305")).isEqualTo(1);
        } finally {
            KafkaBroker.startBroker();
        }
        // the probe opened before the outage reconnects and reads on from where it was
        assertThat(probe.await(storedFiling(filing[0]), 1, WAIT)).hasSize(1);
        assertThat(pending("0009990305")).isZero();
    }
}
