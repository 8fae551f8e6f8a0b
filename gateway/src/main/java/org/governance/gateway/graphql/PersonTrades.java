package org.governance.gateway.graphql;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;
import org.governance.gateway.model.Person;
import org.governance.gateway.model.Transaction;
import org.governance.gateway.service.PersonTradesService;
import org.governance.wire.Roles;

/**
 * Person.transactions: by the owners' CIKs (one request for the level); a person without a CIK is matched by name
 * among the owners of the issuers whose boards they sit on, or of the issuer asked for (one more request for them).
 */
@GraphQLApi
@RolesAllowed(Roles.READER)
public class PersonTrades {

    private final PersonTradesService trades;

    public PersonTrades(PersonTradesService trades) {
        this.trades = trades;
    }

    @Description("The person's insider transactions in a quarter (YYYY-Qn), optionally of some codes and one issuer")
    public List<List<Transaction>> transactions(@Source List<Person> people, String quarter, List<String> codes, String issuerCik) {
        return trades.of(people, quarter, codes, issuerCik);
    }
}
