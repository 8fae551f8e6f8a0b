package org.governance.events;

/** directors-service saved or removed a company (the issuer of a board). */
public record CompanyChanged(Change change, String cik, String name, String ticker) {

    public static final String TYPE = "company-changed";
    public static final int VERSION = 1;
}
