package org.governance.committees.mapping;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.governance.committees.model.CommitteeType;
import org.governance.committees.model.MemberRole;
import org.governance.wire.validation.RecordDate;

/**
 * One company's committees and memberships for a proxy season, as a board file gives them (directors-service reads
 * the file and sends this). Memberships open on the season's first day that the season does not list end the day before.
 */
@Schema(name = "CommitteeSeason", description = "A company's committees and memberships for one proxy season")
public record SeasonRequest(
        @Schema(description = "The season's first day; memberships open then and not listed end the day before", examples = "2024-06-01")
        @NotNull @RecordDate LocalDate seasonStart,
        @NotNull @Size(max = 100) List<@NotNull @Valid SeasonCommittee> committees,
        @NotNull @Size(max = 2000) List<@NotNull @Valid SeasonMembership> memberships) {

    @Schema(name = "SeasonCommittee")
    public record SeasonCommittee(@NotNull CommitteeType type, @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String charterUrl, Boolean illustrative, @Size(max = 2000) String source) {
    }

    @Schema(name = "SeasonMembership", description = "directorId is a directors-service seat id; in a dry run, a negative id stands for a seat not created yet")
    public record SeasonMembership(@NotNull Long directorId, @NotBlank @Size(max = 200) String committee, @NotNull MemberRole role,
            Boolean financialExpert, @NotNull @RecordDate LocalDate from, @RecordDate LocalDate to, Boolean illustrative,
            @Size(max = 2000) String source) {
    }
}
