package org.governance.filings.edgar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** EDGAR's daily master index and latest-filings feed, read as EDGAR writes them. */
class EdgarFormatsTest {

    private static final String HEADER = """
            Description:           Daily Index of EDGAR Dissemination Feed
            Last Data Received:    Jul 1, 2024
            Comments:              webmaster@sec.gov
            Anonymous FTP:         ftp://ftp.sec.gov/edgar/



            CIK|Company Name|Form Type|Date Filed|File Name
            --------------------------------------------------------------------------------
            """;

    @Test
    void theMasterIndexGivesEachOwnershipFilingOnceWithItsPath() {
        DailyIndex index = DailyIndex.parse((HEADER + """
                1000045|NICHOLAS FINANCIAL INC|10-K|20240701|edgar/data/1000045/0001000045-24-000020.txt
                1107843|QUALYS, INC.|4|20240701|edgar/data/1107843/0001415889-24-020022.txt
                1420002|DOE JANE|4|20240701|edgar/data/1420002/0001415889-24-020022.txt
                1107843|QUALYS, INC.|4/A|20240701|edgar/data/1107843/0001415889-24-020023.txt
                1107843|QUALYS, INC.|3|20240701|edgar/data/1107843/0001415889-24-020024.txt
                1107843|QUALYS, INC.|5/A|20240701|edgar/data/1107843/0001415889-24-020025.txt
                1107843|QUALYS, INC.|424B2|20240701|edgar/data/1107843/0001415889-24-020026.txt
                1107843|QUALYS, INC.|4|20240701|edgar/data/1107843/../../../etc/passwd
                """).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(index.filings()).extracting(DailyIndex.Entry::accession)
                .containsExactly("0001415889-24-020022", "0001415889-24-020023", "0001415889-24-020024", "0001415889-24-020025");
        assertThat(index.filings().get(0)).isEqualTo(new DailyIndex.Entry("0001415889-24-020022", "1107843", "4",
                "/Archives/edgar/data/1107843/0001415889-24-020022.txt"));
    }

    @Test
    void whatIsNotAMasterIndexIsRefused() {
        assertThatThrownBy(() -> DailyIndex.parse("<html>Maintenance</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a master index");
        assertThat(DailyIndex.parse(HEADER.getBytes(StandardCharsets.US_ASCII)).filings()).isEmpty();
    }

    @Test
    void pathsAreEdgarsOwn() {
        assertThat(DailyIndex.path(LocalDate.of(2024, 7, 1))).isEqualTo("/Archives/edgar/daily-index/2024/QTR3/master.20240701.idx");
        assertThat(DailyIndex.path(LocalDate.of(2024, 12, 31))).isEqualTo("/Archives/edgar/daily-index/2024/QTR4/master.20241231.idx");
        assertThat(DailyIndex.path(LocalDate.of(2025, 3, 31))).isEqualTo("/Archives/edgar/daily-index/2025/QTR1/master.20250331.idx");
        assertThat(DailyIndex.submissionPath("0001107843", "0001415889-24-020022"))
                .isEqualTo("/Archives/edgar/data/1107843/0001415889-24-020022.txt");
        assertThat(LatestFilingsFeed.path("4", 100, 100)).isEqualTo(
                "/cgi-bin/browse-edgar?action=getcurrent&type=4&company=&dateb=&owner=include&start=100&count=100&output=atom");
    }

    @Test
    void theFeedGivesItsOwnershipEntriesOnceAndHowFarBackItReaches() {
        LatestFilingsFeed feed = LatestFilingsFeed.parse("""
                <?xml version="1.0" encoding="ISO-8859-1" ?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                <title>Latest Filings</title>
                <id>https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent</id>
                <updated>2024-07-02T12:00:00-04:00</updated>
                <entry>
                <title>4 - Doe Jane (0001420002) (Reporting)</title>
                <link rel="alternate" type="text/html" href="https://www.sec.gov/Archives/edgar/data/1420002/000141588924020022/0001415889-24-020022-index.htm"/>
                <updated>2024-07-02T11:59:58-04:00</updated>
                <category scheme="https://www.sec.gov/" label="form type" term="4"/>
                <id>urn:tag:sec.gov,2008:accession-number=0001415889-24-020022</id>
                </entry>
                <entry>
                <title>4 - QUALYS, INC. (0001107843) (Issuer)</title>
                <link rel="alternate" type="text/html" href="https://www.sec.gov/Archives/edgar/data/1107843/000141588924020022/0001415889-24-020022-index.htm"/>
                <updated>2024-07-02T11:59:58-04:00</updated>
                <category scheme="https://www.sec.gov/" label="form type" term="4"/>
                <id>urn:tag:sec.gov,2008:accession-number=0001415889-24-020022</id>
                </entry>
                <entry>
                <title>424B2 - ROYAL BANK OF CANADA (0001000275) (Filer)</title>
                <link rel="alternate" type="text/html" href="https://www.sec.gov/Archives/edgar/data/1000275/000095010324014800/0000950103-24-014800-index.htm"/>
                <updated>2024-07-01T17:00:00-04:00</updated>
                <category scheme="https://www.sec.gov/" label="form type" term="424B2"/>
                <id>urn:tag:sec.gov,2008:accession-number=0000950103-24-014800</id>
                </entry>
                </feed>
                """.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(feed.entries()).containsExactly(new LatestFilingsFeed.Entry("0001415889-24-020022", "1420002", "4", LocalDate.of(2024, 7, 2)));
        assertThat(feed.listed()).isEqualTo(3);
        assertThat(feed.oldest()).isEqualTo(LocalDate.of(2024, 7, 1));
    }

    @Test
    void aFeedWithADtdOrExternalEntityIsRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE feed [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>&secret;</id></entry></feed>
                """;
        assertThatThrownBy(() -> LatestFilingsFeed.parse(xxe.getBytes(StandardCharsets.UTF_8))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatestFilingsFeed.parse("not xml".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a readable Atom feed");
    }
}
