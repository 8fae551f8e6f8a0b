package org.governance.directors.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Person")
public record PersonResponse(
        @Schema(examples = "1") long id,
        @Schema(examples = "John N. Wilson") String fullName,
        @Schema(examples = "0001254781") String cik,
        @Schema(examples = "Wilson John N") String edgarName,
        @Schema(examples = "false") boolean illustrative,
        String source) {
}
