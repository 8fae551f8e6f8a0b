package org.governance.committees.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What committees-service reads of a company owned by directors-service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompanyRef(String cik, String name) {
}
