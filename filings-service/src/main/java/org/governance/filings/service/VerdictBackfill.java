package org.governance.filings.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.governance.filings.repository.FilingReadRepository;
import org.governance.filings.repository.FilingWriteRepository;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Fills in the screening verdicts (under a 10b5-1 plan, late) of rows stored before they were kept (migration V5), in
 * the background after start, a batch of filings at a time; new rows get them when they are stored.
 */
@ApplicationScoped
public class VerdictBackfill {

    private static final Logger LOG = Logger.getLogger(VerdictBackfill.class);
    private static final int BATCH = 200;

    private final FilingReadRepository reads;
    private final FilingWriteRepository writes;

    VerdictBackfill(FilingReadRepository reads, FilingWriteRepository writes) {
        this.reads = reads;
        this.writes = writes;
    }

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(this::run, "verdict-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    /** Derives every missing verdict; returns how many filings it went through. */
    public int run() {
        int done = 0;
        try {
            for (List<String> batch = reads.underivedAccessions(BATCH); !batch.isEmpty(); batch = reads.underivedAccessions(BATCH)) {
                batch.forEach(writes::deriveVerdicts);
                done += batch.size();
            }
            if (done > 0) {
                LOG.infof("Screening verdicts derived for %d filings stored before they were kept", done);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Screening verdicts not derived yet (%s); they will be on the next start", e.getMessage());
        }
        return done;
    }
}
