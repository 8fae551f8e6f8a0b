package org.governance.filings.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The configuration filings-service refuses to start with (the checks of service/EdgarWorker at startup). */
class EdgarConfigTest {

    @Test
    void followingNeedsAUserAgentThatNamesWhoAndAnEmailAddress() {
        assertThat(EdgarConfig.problems(true, Optional.empty(), 5)).singleElement().asString()
                .contains("filings.edgar.user-agent").contains("FILINGS_EDGAR_USER_AGENT");
        assertThat(EdgarConfig.problems(true, Optional.of("  "), 5)).singleElement().asString().contains("is not set");
        assertThat(EdgarConfig.problems(true, Optional.of("curl/8.5.0"), 5)).singleElement().asString().contains("e-mail address");
        assertThat(EdgarConfig.problems(false, Optional.of("ops@example.com"), 5)).singleElement().asString().contains("who runs");
        assertThat(EdgarConfig.problems(true, Optional.of("Example Corp ops@example.com"), 5)).isEmpty();
        assertThat(EdgarConfig.problems(true, Optional.of("Example Corp <ops@example.com>"), 5)).isEmpty();
        // not following, and no backfill asked for: nothing is sent to EDGAR, so nothing needs declaring
        assertThat(EdgarConfig.problems(false, Optional.empty(), 5)).isEmpty();
    }

    @Test
    void theRateIsAboveZeroAndAtMostTheSecsTen() {
        assertThat(EdgarConfig.problems(false, Optional.empty(), 10)).isEmpty();
        assertThat(EdgarConfig.problems(false, Optional.empty(), 0.5)).isEmpty();
        assertThat(EdgarConfig.problems(false, Optional.empty(), 10.5)).singleElement().asString()
                .contains("filings.edgar.max-requests-per-second").contains("at most 10");
        assertThat(EdgarConfig.problems(false, Optional.empty(), 0)).singleElement().asString().contains("above 0");
    }
}
