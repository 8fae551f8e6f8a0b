package org.governance.directors.mapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.governance.directors.model.BoardRole;
import org.governance.directors.model.DirectorClass;

/**
 * One company's proxy season as a board file gives it (CSV or JSON, see demo/README.md): the season, the directors,
 * the committees and the memberships. Every row knows where it came from, so that an error can name its line and column.
 */
public record BoardFile(Where seasonWhere, String companyCik, LocalDate seasonStart, List<DirectorRow> directors,
        List<CommitteeRow> committees, List<MembershipRow> memberships) {

    /**
     * Where a row and each of its fields are in the file: for CSV the line and the column's position (from 1), for JSON
     * the line and character of the value and its JSON pointer ({@code prefix} is the row's, such as {@code /directors/2/}).
     */
    public record Where(int line, int column, String prefix, Map<String, Position> fields) {

        public record Position(String field, int line, int column) {
        }

        /** The position of a field, or the row's own when the field is absent. */
        public Position of(String name) {
            Position position = fields.get(name);
            return position != null ? position : new Position(prefix + name, line, column);
        }
    }

    public record DirectorRow(Where where, String name, String cik, String edgarName, DirectorClass directorClass, Integer termEnd,
            Boolean independent, LocalDate independenceDeterminedOn, Set<BoardRole> roles, String title, LocalDate from, LocalDate to,
            boolean illustrative, String source) {
    }

    public record CommitteeRow(Where where, String type, String name, String charterUrl, boolean illustrative, String source) {
    }

    public record MembershipRow(Where where, String director, String committee, String role, Boolean financialExpert, LocalDate from,
            LocalDate to, boolean illustrative, String source) {
    }
}
