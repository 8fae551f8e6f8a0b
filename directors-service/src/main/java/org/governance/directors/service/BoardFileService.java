package org.governance.directors.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.governance.directors.client.CommitteeSeason;
import org.governance.directors.client.CommitteeSeasons;
import org.governance.directors.mapping.BoardFile;
import org.governance.directors.mapping.BoardFile.Where;
import org.governance.directors.mapping.BoardFileReader;
import org.governance.directors.mapping.BoardFileReport;
import org.governance.wire.Problem;
import org.governance.wire.Problem.FieldError;
import org.governance.wire.ServiceException;

/**
 * Imports one company's proxy season from a board file, all or nothing, across the two services that hold it:
 * the file is read and checked within itself (every bad row reported with its line and column); then both parts are
 * tried without keeping anything (the directors in a transaction rolled back, the committees as committees-service's
 * dry run), so that the rules against what is stored are reported before anything is written; then the directors are
 * written, then the committees; if committees-service refuses or cannot be reached at that point, the directors'
 * changes are undone. No transaction is open while committees-service is called.
 */
@ApplicationScoped
public class BoardFileService {

    private static final Pattern ENTRY = Pattern.compile("^(committees|memberships)\\[(\\d+)](?:\\.(\\w+))?$");
    /** The file's columns for the fields committees-service names. */
    private static final Map<String, String> COLUMNS = Map.of("directorId", "director", "committee", "committee", "role", "role",
            "financialExpert", "financialExpert", "from", "from", "to", "to", "type", "type", "name", "name", "charterUrl", "charterUrl");

    private final BoardFileReader reader;
    private final BoardSeasonWriter writer;
    private final CommitteeSeasons committees;

    public BoardFileService(BoardFileReader reader, BoardSeasonWriter writer, CommitteeSeasons committees) {
        this.reader = reader;
        this.writer = writer;
        this.committees = committees;
    }

    public BoardFileReport importFile(byte[] body, boolean isJson, boolean dryRun) {
        List<FieldError> errors = new ArrayList<>();
        BoardFile file = reader.read(body, isJson, errors);
        // the rules read the rows whose values could be read, so that one upload reports every bad row
        BoardFileRules.check(file, errors);
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        BoardSeasonWriter.Result tried = writer.apply(file, true);
        CommitteeSeason.Report triedCommittees = send(file, tried, true);
        if (dryRun) {
            return report(file, true, tried, triedCommittees);
        }
        BoardSeasonWriter.Result done = writer.apply(file, false);
        try {
            return report(file, false, done, send(file, done, false));
        } catch (RuntimeException e) {
            writer.undo(done.undo());
            throw e;
        }
    }

    private CommitteeSeason.Report send(BoardFile file, BoardSeasonWriter.Result seats, boolean dryRun) {
        CommitteeSeason season = new CommitteeSeason(file.seasonStart(),
                file.committees().stream().map(c -> new CommitteeSeason.Committee(c.type(), c.name(), c.charterUrl(), c.illustrative(),
                        c.source())).toList(),
                file.memberships().stream().map(m -> new CommitteeSeason.Membership(seats.seats().get(BoardFileRules.seatOf(file, m)),
                        m.committee(), m.role(), m.financialExpert(), m.from(), m.to(), m.illustrative(), m.source())).toList());
        try {
            return committees.send(file.companyCik(), season, dryRun);
        } catch (CommitteeSeasons.Refused e) {
            throw inFile(file, e.problem());
        }
    }

    /** committees-service's refusal with its entries turned back into the file's lines and columns. */
    private static ServiceException inFile(BoardFile file, Problem problem) {
        List<FieldError> errors = new ArrayList<>();
        for (FieldError error : problem.errors()) {
            Matcher entry = ENTRY.matcher(error.field() == null ? "" : error.field());
            Where where = file.seasonWhere();
            String column = "companyCik";
            if (entry.matches()) {
                int index = Integer.parseInt(entry.group(2));
                boolean committee = entry.group(1).equals("committees");
                where = committee ? file.committees().get(index).where() : file.memberships().get(index).where();
                column = entry.group(3) == null ? (committee ? "name" : "director") : COLUMNS.getOrDefault(entry.group(3), "record");
            }
            BoardFileRules.error(errors, where.of(column), "committees-service: " + error.message());
        }
        if (errors.isEmpty()) {
            BoardFileRules.error(errors, file.seasonWhere().of("companyCik"), "committees-service: " + problem.detail());
        }
        return refused(errors);
    }

    static ServiceException refused(List<FieldError> errors) {
        String detail = errors.size() + " error" + (errors.size() == 1 ? "" : "s") + " in the board file; nothing was stored: "
                + errors.stream().limit(20).map(FieldError::message).collect(Collectors.joining("; "))
                + (errors.size() > 20 ? "; ..." : "");
        return ServiceException.refusedWith(ServiceException.Kind.RULE_VIOLATED, detail, errors);
    }

    private static BoardFileReport report(BoardFile file, boolean dryRun, BoardSeasonWriter.Result directors, CommitteeSeason.Report c) {
        return new BoardFileReport(dryRun, file.companyCik(), file.seasonStart(), directors.peopleCreated(), directors.seatsCreated(),
                directors.seatsUpdated(), directors.seatsUnchanged(), directors.seatsEnded(), c.committeesCreated(), c.committeesUpdated(),
                c.committeesUnchanged(), c.membershipsCreated(), c.membershipsUpdated(), c.membershipsUnchanged(), c.membershipsEnded());
    }
}
