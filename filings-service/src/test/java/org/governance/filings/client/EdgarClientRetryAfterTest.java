package org.governance.filings.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

/** Retry-After as RFC 9110 gives it: seconds, or an HTTP date. */
class EdgarClientRetryAfterTest {

    @Test
    void secondsOrADate() {
        assertThat(EdgarClient.retryAfter("120")).contains(Duration.ofSeconds(120));
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(61));
        assertThat(EdgarClient.retryAfter(inAMinute)).hasValueSatisfying(wait -> assertThat(wait).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(61)));
        assertThat(EdgarClient.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(EdgarClient.retryAfter("soon")).isEmpty();
    }
}
