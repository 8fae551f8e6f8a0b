-- The transactional outbox (events module, org.governance.events.outbox): each event is written in the transaction
-- of the change it describes, and published to Kafka by the relay once committed; published_at is set when Kafka
-- acknowledged it. Published events are deleted after outbox.retention.
CREATE TABLE outbox_event (
    id           bigserial PRIMARY KEY,
    event_id     uuid        NOT NULL UNIQUE,
    topic        text        NOT NULL,
    event_key    text        NOT NULL,
    event_type   text        NOT NULL,
    payload      jsonb       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    published_at timestamptz
);

CREATE INDEX outbox_event_unpublished ON outbox_event (id) WHERE published_at IS NULL;
