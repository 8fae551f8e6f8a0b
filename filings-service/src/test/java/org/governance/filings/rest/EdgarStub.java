package org.governance.filings.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.governance.filings.edgar.DailyIndex;
import org.governance.filings.edgar.LatestFilingsFeed;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * EDGAR on a WireMock server, in EDGAR's own paths and formats: daily master indexes under
 * /Archives/edgar/daily-index/YYYY/QTRn/master.YYYYMMDD.idx (the SEC's header, then pipe-separated rows), complete
 * submission text files under /Archives/edgar/data/CIK/ACCESSION.txt, and the latest-filings Atom feed under
 * /cgi-bin/browse-edgar?action=getcurrent. What is not registered answers 404, as EDGAR does for a weekend's index.
 * The service is pointed at it with a test User-Agent and short waits.
 */
public class EdgarStub implements QuarkusTestResourceLifecycleManager {

    static final String USER_AGENT = "governance-platform tests filings-tests@example.invalid";
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.ofEntries(Map.entry("filings.edgar.base-url", server.baseUrl()),
                Map.entry("filings.edgar.user-agent", USER_AGENT),
                Map.entry("filings.edgar.max-requests-per-second", "10"),
                Map.entry("filings.edgar.max-retries", "2"),
                Map.entry("filings.edgar.initial-backoff", "PT0.1S"),
                Map.entry("filings.edgar.max-backoff", "PT5S"),
                Map.entry("filings.edgar.tick", "1s"),
                Map.entry("filings.edgar.lease", "PT3S"),
                Map.entry("filings.edgar.follow.interval", "PT2S"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static WireMockServer server() {
        return server;
    }

    /** One row of a master index: {@code CIK|Company Name|Form Type|Date Filed|File Name}, the CIK without leading zeros. */
    static String row(String cik, String name, String form, LocalDate day, String accession) {
        return Long.parseLong(cik) + "|" + name + "|" + form + "|" + day.format(BASIC) + "|edgar/data/" + Long.parseLong(cik) + "/"
                + accession + ".txt";
    }

    /** Serves the day's master index with these rows, after the header EDGAR writes. */
    static void index(LocalDate day, List<String> rows) {
        StringBuilder text = new StringBuilder()
                .append("Description:           Daily Index of EDGAR Dissemination Feed\n")
                .append("Last Data Received:    ").append(day.format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH))).append('\n')
                .append("Comments:              webmaster@sec.gov\n")
                .append("Anonymous FTP:         ftp://ftp.sec.gov/edgar/\n")
                .append(" \n \n \n")
                .append("CIK|Company Name|Form Type|Date Filed|File Name\n")
                .append("-".repeat(80)).append('\n');
        rows.forEach(row -> text.append(row).append('\n'));
        server.stubFor(get(urlEqualTo(DailyIndex.path(day))).willReturn(text(text.toString())));
    }

    /** Serves a submission text file where the index's File Name points. */
    static void filing(String cik, String accession, String submission) {
        server.stubFor(get(urlEqualTo(DailyIndex.submissionPath(cik, accession))).willReturn(text(submission)));
    }

    static void filing(String cik, String accession, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlEqualTo(DailyIndex.submissionPath(cik, accession))).willReturn(answer));
    }

    /** An entry of the latest-filings feed, as EDGAR writes one (each filing has one per filer: Reporting, Issuer). */
    static String feedEntry(String form, String name, String cik, String role, String accession, String updated) {
        String folder = accession.replace("-", "");
        return "<entry>\n<title>" + form + " - " + name + " (" + cik + ") (" + role + ")</title>\n"
                + "<link rel=\"alternate\" type=\"text/html\" href=\"https://www.sec.gov/Archives/edgar/data/" + Long.parseLong(cik) + "/"
                + folder + "/" + accession + "-index.htm\"/>\n"
                + "<summary type=\"html\"> &lt;b&gt;Filed:&lt;/b&gt; " + updated.substring(0, 10) + " &lt;b&gt;AccNo:&lt;/b&gt; " + accession
                + " &lt;b&gt;Size:&lt;/b&gt; 5 KB</summary>\n"
                + "<updated>" + updated + "</updated>\n"
                + "<category scheme=\"https://www.sec.gov/\" label=\"form type\" term=\"" + form + "\"/>\n"
                + "<id>urn:tag:sec.gov,2008:accession-number=" + accession + "</id>\n</entry>\n";
    }

    /** Serves a page of the latest-filings feed for a form type. */
    static void feed(String type, int start, List<String> entries) {
        String atom = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" ?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "<title>Latest Filings</title>\n<link rel=\"alternate\" href=\"/cgi-bin/browse-edgar?action=getcurrent\"/>\n"
                + "<link rel=\"self\" href=\"/cgi-bin/browse-edgar?action=getcurrent\"/>\n"
                + "<id>https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent</id>\n"
                + "<author><name>Webmaster</name><email>webmaster@sec.gov</email></author>\n<updated>2024-10-15T12:00:00-04:00</updated>\n"
                + String.join("", entries) + "</feed>\n";
        server.stubFor(get(urlEqualTo(LatestFilingsFeed.path(type, start, 100)))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/atom+xml").withBody(atom.getBytes(StandardCharsets.ISO_8859_1))));
    }

    /** The requests EDGAR received for a path, in order. */
    static List<LoggedRequest> requests(String path) {
        return new ArrayList<>(server.findAll(getRequestedFor(urlEqualTo(path))));
    }

    static int requestCount(String path) {
        return requests(path).size();
    }

    private static ResponseDefinitionBuilder text(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(body);
    }
}
