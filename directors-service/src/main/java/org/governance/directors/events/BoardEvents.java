package org.governance.directors.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.governance.directors.model.Company;
import org.governance.directors.model.Director;
import org.governance.directors.model.Person;
import org.governance.events.Change;
import org.governance.events.CompanyChanged;
import org.governance.events.PersonChanged;
import org.governance.events.PersonRef;
import org.governance.events.SeatChanged;
import org.governance.events.Topics;
import org.governance.events.outbox.Outbox;

/**
 * The events of directors-service, written by the entities themselves: whatever path changes a company, a seat or a
 * person (the REST resources, a board file, an adoption), Hibernate calls these after it wrote the row, inside the
 * transaction, and the event goes into the outbox with the change (events/README.md).
 */
@ApplicationScoped
public class BoardEvents {

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    @PostPersist
    @PostUpdate
    void saved(Object entity) {
        publish(entity, Change.SAVED);
    }

    @PostRemove
    void removed(Object entity) {
        publish(entity, Change.REMOVED);
    }

    private void publish(Object entity, Change change) {
        if (entity instanceof Company company) {
            outbox.add(Topics.DIRECTORS, company.cik, CompanyChanged.TYPE, CompanyChanged.VERSION,
                    new CompanyChanged(change, company.cik, company.name, company.ticker));
        } else if (entity instanceof Director seat) {
            outbox.add(Topics.DIRECTORS, seat.company.cik, SeatChanged.TYPE, SeatChanged.VERSION,
                    new SeatChanged(change, seat.id, seat.company.cik, person(seat.person), seat.firstElected, seat.leftOn, seat.independent,
                            Arrays.asList(seat.roles), seat.executiveTitle, seat.origin.name()));
        } else if (entity instanceof Person person) {
            // one event per company where the person sits, in order with that company's seats; none without a seat
            List<Outbox.Pending> events = new ArrayList<>();
            for (String companyCik : companiesOf(person.id)) {
                events.add(new Outbox.Pending(Topics.DIRECTORS, companyCik, PersonChanged.TYPE, PersonChanged.VERSION,
                        new PersonChanged(change, companyCik, person(person))));
            }
            outbox.addAll(events);
        }
    }

    private static PersonRef person(Person person) {
        return new PersonRef(person.id, person.cik, person.fullName, person.edgarName, person.updatedAt);
    }

    /** The companies where the person holds a seat, as the transaction sees them (the rows just written included). */
    private List<String> companiesOf(long personId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT DISTINCT company_cik FROM director WHERE person_id = ? ORDER BY company_cik")) {
            select.setLong(1, personId);
            List<String> ciks = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ciks.add(result.getString(1));
                }
            }
            return ciks;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the seats of person " + personId + " failed: " + e.getMessage(), e);
        }
    }
}
