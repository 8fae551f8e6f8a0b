package org.governance.gateway.client;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.governance.gateway.model.Company;
import org.governance.gateway.model.ComplianceReport;
import org.governance.gateway.model.Director;
import org.governance.gateway.model.Inputs.CompanyInput;
import org.governance.gateway.model.Inputs.DirectorInput;
import org.governance.gateway.model.Inputs.PersonInput;
import org.governance.gateway.model.Page;
import org.governance.gateway.model.Person;
import org.governance.wire.BearerTokenPropagation;

/** directors-service; URL from quarkus.rest-client.directors.url. */
@RegisterClientHeaders(BearerTokenPropagation.class)
@RegisterProvider(RequestCounter.class)
@RegisterRestClient(configKey = "directors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface DirectorsApi {

    @GET
    @Path("/companies/{cik}")
    Company company(@PathParam("cik") String cik);

    @GET
    @Path("/companies")
    Page<Company> companies(@QueryParam("search") String search, @QueryParam("ciks") String ciks,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/people/{id}")
    Person person(@PathParam("id") long id);

    @GET
    @Path("/people")
    Page<Person> people(@QueryParam("ciks") String ciks, @QueryParam("name") String name, @QueryParam("size") int size);

    @GET
    @Path("/directors/{id}")
    Director director(@PathParam("id") long id);

    @GET
    @Path("/directors")
    Page<Director> directors(@QueryParam("ids") String ids, @QueryParam("companyCiks") String companyCiks,
            @QueryParam("personIds") String personIds, @QueryParam("asOf") String asOf, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/board-compliance")
    List<ComplianceReport> boardCompliance(@QueryParam("ciks") String ciks, @QueryParam("asOf") String asOf);

    @POST
    @Path("/companies")
    Company createCompany(CompanyInput company);

    @PUT
    @Path("/companies/{cik}")
    Company updateCompany(@PathParam("cik") String cik, CompanyInput company);

    @POST
    @Path("/people")
    Person createPerson(PersonInput person);

    @PUT
    @Path("/people/{id}")
    Person updatePerson(@PathParam("id") long id, PersonInput person);

    @POST
    @Path("/directors")
    Director createDirector(DirectorInput director);

    @PATCH
    @Path("/directors/{id}")
    @Consumes("application/merge-patch+json")
    Director patchDirector(@PathParam("id") long id, Map<String, Object> changes);
}
