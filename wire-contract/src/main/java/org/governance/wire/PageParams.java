package org.governance.wire;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of a list, as a bean parameter ({@code @BeanParam PageParams page}); {@link RequestParams#page}
 * checks them against the configured bounds.
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Zero-based page; 0 when absent", example = "0")
    public Integer page;

    @QueryParam("size")
    @Parameter(description = "Page size, 1 to paging.max-size (500); paging.default-size (50) when absent", example = "50")
    public Integer size;
}
