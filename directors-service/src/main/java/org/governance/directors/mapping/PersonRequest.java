package org.governance.directors.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.governance.wire.Cik;

@Schema(name = "PersonRequest", description = "A person to create or replace")
public record PersonRequest(
        @Schema(examples = "John N. Wilson") @NotBlank @Size(max = 200) String fullName,
        @Schema(description = "The person's own SEC CIK, when known, 1 to 10 digits", examples = "1254781")
        @Pattern(regexp = Cik.INPUT_PATTERN, message = "must be 1 to 10 digits") String cik,
        @Schema(description = "The name as EDGAR writes it on filings", examples = "Wilson John N") @Size(max = 200) String edgarName,
        @Schema(description = "True for an invented example person, never a fact", examples = "false") Boolean illustrative,
        @Schema(description = "Where these facts come from") @Size(max = 2000) String source) {
}
