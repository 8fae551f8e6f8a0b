package org.governance.committees.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.governance.committees.model.Committee;
import org.governance.committees.model.Membership;
import org.governance.events.Change;
import org.governance.events.CommitteeChanged;
import org.governance.events.MembershipChanged;
import org.governance.events.Topics;
import org.governance.events.outbox.Outbox;

/**
 * The events of committees-service, written by the entities themselves: whatever path changes a committee or a
 * membership (the REST resources, a board file's season), Hibernate calls these after it wrote the row, inside the
 * transaction, and the event goes into the outbox with the change (events/README.md).
 */
@ApplicationScoped
public class CommitteeEvents {

    @Inject
    Outbox outbox;

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
        if (entity instanceof Committee committee) {
            outbox.add(Topics.COMMITTEES, committee.companyCik, CommitteeChanged.TYPE, CommitteeChanged.VERSION,
                    new CommitteeChanged(change, committee.id, committee.companyCik, committee.type.name(), committee.name,
                            committee.formedOn, committee.dissolvedOn));
        } else if (entity instanceof Membership membership) {
            Committee committee = membership.committee;
            outbox.add(Topics.COMMITTEES, committee.companyCik, MembershipChanged.TYPE, MembershipChanged.VERSION,
                    new MembershipChanged(change, membership.id, committee.id, committee.companyCik, committee.type.name(), committee.name,
                            membership.directorId, membership.role.name(), membership.from, membership.to, membership.financialExpert));
        }
    }
}
