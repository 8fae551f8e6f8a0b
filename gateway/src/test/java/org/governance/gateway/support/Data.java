package org.governance.gateway.support;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Service answers in the services' JSON shapes, for the stubs. */
public final class Data {

    public static final String QUALYS = "0001107843";

    private Data() {
    }

    public static Map<String, Object> company(String cik, String name, String ticker) {
        return new HashMap<>(Map.of("cik", cik, "name", name, "ticker", ticker, "classifiedBoard", true));
    }

    public static Map<String, Object> person(long id, String fullName, String cik, String edgarName) {
        Map<String, Object> person = new HashMap<>();
        person.put("id", id);
        person.put("fullName", fullName);
        person.put("cik", cik);
        person.put("edgarName", edgarName);
        person.put("illustrative", true);
        return person;
    }

    public static Map<String, Object> seat(long id, String companyCik, Map<String, Object> person, boolean independent) {
        Map<String, Object> seat = new HashMap<>();
        seat.put("id", id);
        seat.put("companyCik", companyCik);
        seat.put("companyName", "QUALYS, INC.");
        seat.put("person", person);
        seat.put("independent", independent);
        seat.put("firstElected", "2015-06-01");
        seat.put("roles", List.of());
        return seat;
    }

    public static Map<String, Object> committee(long id, String companyCik, String type, String name) {
        return new HashMap<>(Map.of("id", id, "companyCik", companyCik, "type", type, "name", name, "standing", true));
    }

    public static Map<String, Object> membership(long id, long committeeId, String type, String name, long directorId,
            String role, String from, String to) {
        Map<String, Object> membership = new HashMap<>();
        membership.put("id", id);
        membership.put("committeeId", committeeId);
        membership.put("companyCik", QUALYS);
        membership.put("committeeType", type);
        membership.put("committeeName", name);
        membership.put("directorId", directorId);
        membership.put("role", role);
        membership.put("from", from);
        membership.put("to", to);
        return membership;
    }

    /** A row of filings-service's /transactions. */
    public static Map<String, Object> trade(String accession, String ownerCik, String ownerName, String date, String code,
            String shares, String price, String value, String planStatus) {
        Map<String, Object> transaction = new LinkedHashMap<>();
        transaction.put("table", "NON_DERIVATIVE");
        transaction.put("seq", 1);
        transaction.put("securityTitle", "Common Stock");
        transaction.put("transactionDate", date);
        transaction.put("code", code);
        transaction.put("shares", new java.math.BigDecimal(shares));
        transaction.put("pricePerShare", price == null ? null : new java.math.BigDecimal(price));
        transaction.put("value", value == null ? null : new java.math.BigDecimal(value));
        transaction.put("acquiredDisposed", "D");
        transaction.put("directOrIndirect", "D");
        transaction.put("plan10b5One", Map.of("status", planStatus));
        transaction.put("footnoteRefs", Map.of());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("accession", accession);
        record.put("documentType", "4");
        record.put("filingDate", date);
        record.put("issuer", Map.of("cik", QUALYS, "name", "QUALYS, INC.", "tradingSymbol", "QLYS"));
        record.put("superseded", false);
        record.put("reportingOwners", List.of(ownerCik == null ? Map.of("name", ownerName) : Map.of("cik", ownerCik, "name", ownerName)));
        record.put("transaction", transaction);
        record.put("footnotes", List.of());
        return record;
    }
}
