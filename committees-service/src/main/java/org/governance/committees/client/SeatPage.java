package org.governance.committees.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
record SeatPage(List<Seat> items, long totalItems) {
}
