package org.governance.committees.mapping;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.governance.wire.validation.RecordDate;

@Schema(name = "EndMembershipRequest", description = "The last day of a membership")
public record EndMembershipRequest(@Schema(examples = "2024-09-30") @NotNull @RecordDate LocalDate to) {
}
