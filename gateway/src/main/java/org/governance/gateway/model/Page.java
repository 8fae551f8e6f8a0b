package org.governance.gateway.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A page of a service's list, as the services answer it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {
}
