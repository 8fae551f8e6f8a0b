package org.governance.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local mirror of EDGAR for the running platform (these machines have no internet): files at the paths EDGAR
 * publishes them ({@code /Archives/edgar/daily-index/YYYY/QTRn/master.YYYYMMDD.idx}, {@code /Archives/edgar/data/CIK/ACCESSION.txt}),
 * a 404 for anything else, as EDGAR answers a day without an index. It counts the requests per path and keeps the
 * User-Agent headers it was sent.
 */
final class EdgarMirror implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    EdgarMirror() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the EDGAR mirror", e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves the day's master index (YYYYMMDD) with these rows after the header EDGAR writes. */
    void index(String yyyymmdd, List<String> rows) {
        int quarter = (Integer.parseInt(yyyymmdd.substring(4, 6)) - 1) / 3 + 1;
        StringBuilder text = new StringBuilder()
                .append("Description:           Daily Index of EDGAR Dissemination Feed\n")
                .append("Last Data Received:    ").append(yyyymmdd).append('\n')
                .append("Comments:              webmaster@sec.gov\n")
                .append("Anonymous FTP:         ftp://ftp.sec.gov/edgar/\n")
                .append(" \n \n \n")
                .append("CIK|Company Name|Form Type|Date Filed|File Name\n")
                .append("-".repeat(80)).append('\n');
        rows.forEach(row -> text.append(row).append('\n'));
        files.put("/Archives/edgar/daily-index/" + yyyymmdd.substring(0, 4) + "/QTR" + quarter + "/master." + yyyymmdd + ".idx",
                text.toString());
    }

    /** One index row, the CIK without leading zeros as EDGAR writes it. */
    static String row(String cik, String name, String form, String yyyymmdd, String accession) {
        long number = Long.parseLong(cik);
        return number + "|" + name + "|" + form + "|" + yyyymmdd + "|edgar/data/" + number + "/" + accession + ".txt";
    }

    /** Serves a submission text file (SGML header, the ownership XML in its document) where the index points. */
    void submission(String cik, String accession, String yyyymmdd, String xml) {
        files.put(submissionPath(cik, accession), "<SEC-DOCUMENT>" + accession + ".txt : " + yyyymmdd + "\n"
                + "<SEC-HEADER>" + accession + ".hdr.sgml : " + yyyymmdd + "\n"
                + "<ACCEPTANCE-DATETIME>" + yyyymmdd + "163005\n"
                + "ACCESSION NUMBER:\t\t" + accession + "\n"
                + "CONFORMED SUBMISSION TYPE:\t4\n"
                + "PUBLIC DOCUMENT COUNT:\t\t1\n"
                + "FILED AS OF DATE:\t\t" + yyyymmdd + "\n"
                + "</SEC-HEADER>\n"
                + "<DOCUMENT>\n<TYPE>4\n<SEQUENCE>1\n<FILENAME>form4.xml\n<TEXT>\n<XML>\n"
                + xml.strip() + "\n</XML>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n");
    }

    static String submissionPath(String cik, String accession) {
        return "/Archives/edgar/data/" + Long.parseLong(cik) + "/" + accession + ".txt";
    }

    int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        String body = files.get(path);
        byte[] bytes = (body == null ? "<Error><Code>NoSuchKey</Code></Error>" : body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body == null ? "application/xml" : "text/plain");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
