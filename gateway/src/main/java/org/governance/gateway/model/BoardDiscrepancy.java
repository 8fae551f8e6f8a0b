package org.governance.gateway.model;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;

@Description("Where the curated board and the company's insider filings disagree on a day")
public record BoardDiscrepancy(Kind kind, @Description("The person's SEC CIK, when known") String personCik, String name,
        @Id @Description("The board seat, when the person has one") Long directorId,
        @Description("The last filing naming the person, when there is one") LocalDate lastFiled, String detail) {

    @Enum("BoardDiscrepancyKind")
    public enum Kind {
        @Description("The filings report a director who has no seat on the curated board")
        DIRECTOR_NOT_ON_BOARD,
        @Description("A curated director whom no filing of the company names (or whose CIK is unknown, so none can)")
        DIRECTOR_FILES_NOTHING,
        @Description("A curated director whose latest filing says they are no longer subject to Section 16")
        DIRECTOR_FILED_EXIT
    }
}
