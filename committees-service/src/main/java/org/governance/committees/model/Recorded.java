package org.governance.committees.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** What every stored record of committees-service carries: where its facts come from, and when it was written. */
@MappedSuperclass
public abstract class Recorded {

    /** Where the facts come from (a filing, a proxy statement, a page). */
    public String source;

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public Instant updatedAt;
}
