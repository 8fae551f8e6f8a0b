package org.governance.directors.mapping;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.governance.directors.mapping.BoardFile.CommitteeRow;
import org.governance.directors.mapping.BoardFile.DirectorRow;
import org.governance.directors.mapping.BoardFile.MembershipRow;
import org.governance.directors.mapping.BoardFile.Where;
import org.governance.directors.mapping.BoardFile.Where.Position;
import org.governance.directors.model.BoardRole;
import org.governance.directors.model.DirectorClass;
import org.governance.wire.Cik;
import org.governance.wire.Problem.FieldError;
import org.governance.wire.RequestParams;
import org.governance.wire.ServiceException;
import org.governance.wire.validation.RecordDate;

/**
 * Reads a board file, CSV or JSON (the format is documented in demo/README.md), into a {@link BoardFile}. A file that
 * is not CSV or JSON of this shape (not UTF-8, a syntax error, an unknown column or field) is refused at once with a
 * 400 naming its line and column; each value that is malformed or missing is added to {@code errors} with its line and
 * column, and the rows are read on so that every bad row is reported.
 */
@ApplicationScoped
public class BoardFileReader {

    /** The CSV header may name these columns, in any order; {@code record} says which kind of row a line is. */
    public static final List<String> COLUMNS = List.of("record", "companyCik", "seasonStart", "name", "cik", "edgarName", "class",
            "termEnd", "independent", "independenceDeterminedOn", "roles", "title", "type", "charterUrl", "director", "committee",
            "role", "financialExpert", "from", "to", "illustrative", "source");

    private static final Map<String, Set<String>> FIELDS = Map.of(
            "season", Set.of("companyCik", "seasonStart", "source"),
            "director", Set.of("name", "cik", "edgarName", "class", "termEnd", "independent", "independenceDeterminedOn", "roles", "title",
                    "from", "to", "illustrative", "source"),
            "committee", Set.of("type", "name", "charterUrl", "illustrative", "source"),
            "membership", Set.of("director", "committee", "role", "financialExpert", "from", "to", "illustrative", "source"));

    private static final Map<String, String> JSON_LISTS = Map.of("directors", "director", "committees", "committee",
            "memberships", "membership");

    static final Set<String> COMMITTEE_TYPES = Set.of("AUDIT", "COMPENSATION", "NOMINATING_AND_GOVERNANCE", "OTHER");
    static final Set<String> MEMBER_ROLES = Set.of("CHAIR", "MEMBER");
    private static final int MAX_ROWS = 5000;
    private static final int MAX_TEXT = 2000;

    /** A row as read: its kind, where it is, and its values as text (null when empty). */
    private record RawRow(String kind, Where where, Map<String, String> values) {
    }

    private final CsvMapper csv = new CsvMapper();
    private final JsonFactory json = new JsonFactory();

    public BoardFile read(byte[] body, boolean isJson, List<FieldError> errors) {
        String text = utf8(body);
        List<RawRow> rows = isJson ? json(text) : csv(text);
        return typed(rows, errors, isJson);
    }

    private static String utf8(byte[] body) {
        if (body == null || body.length == 0) {
            throw malformed("The board file is empty", null, null);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw malformed("The board file is not UTF-8 text", null, null);
        }
    }

    private List<RawRow> csv(String text) {
        List<RawRow> rows = new ArrayList<>();
        try (CsvParser parser = (CsvParser) csv.getFactory().createParser(text)) {
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            parser.enable(CsvParser.Feature.ALLOW_COMMENTS);
            parser.enable(CsvParser.Feature.TRIM_SPACES);
            parser.setSchema(CsvSchema.emptySchema().withComments());
            List<String> header = null;
            List<String> values = new ArrayList<>();
            List<int[]> lines = new ArrayList<>();
            JsonToken token = parser.nextToken(); // the array that wraps the rows
            while ((token = parser.nextToken()) == JsonToken.START_ARRAY) {
                values.clear();
                lines.clear();
                while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                    JsonLocation at = parser.currentTokenLocation();
                    values.add(parser.getText());
                    lines.add(new int[] {at.getLineNr(), values.size()});
                }
                if (header == null) {
                    header = header(values);
                    continue;
                }
                int line = lines.isEmpty() ? -1 : lines.get(0)[0];
                if (rows.size() == MAX_ROWS) {
                    throw malformed("A board file holds at most " + MAX_ROWS + " rows", line, null);
                }
                Map<String, Position> fields = new LinkedHashMap<>();
                Map<String, String> byName = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = i < values.size() ? values.get(i) : "";
                    fields.put(header.get(i), new Position(header.get(i), i < values.size() ? lines.get(i)[0] : line, i + 1));
                    byName.put(header.get(i), value.isEmpty() ? null : value);
                }
                Where where = new Where(line, 1, "", fields);
                String kind = byName.get("record");
                rows.add(new RawRow(kind == null ? "" : kind.toLowerCase(Locale.ROOT), where, byName));
                if (values.size() > header.size()) {
                    byName.put("#fields", values.size() + " of " + header.size());
                }
            }
            if (header == null) {
                throw malformed("The board file has no header line", 1, 1);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw malformed("The board file is not valid CSV: " + e.getOriginalMessage(), at == null ? null : at.getLineNr(),
                    at == null ? null : at.getColumnNr());
        } catch (IOException e) {
            throw malformed("The board file could not be read", null, null);
        }
        return rows;
    }

    private static List<String> header(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!COLUMNS.contains(name)) {
                throw malformed("Unknown column '" + name + "' in the header (line 1, column " + (i + 1) + "); the columns are "
                        + String.join(", ", COLUMNS), 1, i + 1);
            }
            if (!seen.add(name)) {
                throw malformed("The column '" + name + "' appears twice in the header (line 1, column " + (i + 1) + ")", 1, i + 1);
            }
        }
        if (!seen.contains("record")) {
            throw malformed("The header has no 'record' column, which says whether a line is the season, a director, a committee"
                    + " or a membership", 1, 1);
        }
        return List.copyOf(names);
    }

    private List<RawRow> json(String text) {
        List<RawRow> rows = new ArrayList<>();
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("A JSON board file is one object", line(parser), column(parser));
            }
            JsonLocation start = parser.currentTokenLocation();
            Map<String, Position> seasonFields = new LinkedHashMap<>();
            Map<String, String> season = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                String kind = JSON_LISTS.get(name);
                if (kind != null) {
                    if (value != JsonToken.START_ARRAY) {
                        throw malformed("'" + name + "' must be a list", line(parser), column(parser));
                    }
                    int index = 0;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        if (rows.size() == MAX_ROWS) {
                            throw malformed("A board file holds at most " + MAX_ROWS + " rows", line(parser), column(parser));
                        }
                        rows.add(object(parser, kind, "/" + name + "/" + index++));
                    }
                    if (parser.currentToken() != JsonToken.END_ARRAY) {
                        throw malformed("Each entry of '" + name + "' must be an object", line(parser), column(parser));
                    }
                } else if (FIELDS.get("season").contains(name)) {
                    seasonFields.put(name, new Position("/" + name, line(parser), column(parser)));
                    season.put(name, scalar(parser, "/" + name));
                } else {
                    throw malformed("Unknown field '" + name + "' at line " + line(parser) + "; the board file has companyCik, seasonStart,"
                            + " source, directors, committees and memberships", line(parser), column(parser));
                }
            }
            if (parser.nextToken() != null) {
                throw malformed("Text after the board file's object", line(parser), column(parser));
            }
            rows.add(0, new RawRow("season", new Where(start.getLineNr(), start.getColumnNr(), "/", seasonFields), season));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw malformed("The board file is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    at == null ? null : at.getLineNr(), at == null ? null : at.getColumnNr());
        } catch (IOException e) {
            throw malformed("The board file could not be read", null, null);
        }
        return rows;
    }

    private static RawRow object(JsonParser parser, String kind, String pointer) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        Map<String, Position> fields = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (!FIELDS.get(kind).contains(name)) {
                throw malformed("Unknown field '" + name + "' of a " + kind + " at " + pointer + " (line " + line(parser) + "); a " + kind
                        + " has " + String.join(", ", FIELDS.get(kind).stream().sorted().toList()), line(parser), column(parser));
            }
            fields.put(name, new Position(pointer + "/" + name, line(parser), column(parser)));
            values.put(name, scalar(parser, pointer + "/" + name));
        }
        return new RawRow(kind, new Where(start.getLineNr(), start.getColumnNr(), pointer + "/", fields), values);
    }

    /** A JSON value as the CSV would hold it: text, a number or a boolean as text, a list of texts joined with ';'. */
    private static String scalar(JsonParser parser, String pointer) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (!parser.currentToken().isScalarValue()) {
                    throw malformed(pointer + " must be a list of texts", line(parser), column(parser));
                }
                items.add(parser.getText());
            }
            return String.join(";", items);
        }
        if (!token.isScalarValue()) {
            throw malformed(pointer + " must be a text, a number, true or false", line(parser), column(parser));
        }
        String text = parser.getText().strip();
        return text.isEmpty() ? null : text;
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static int column(JsonParser parser) {
        return parser.currentTokenLocation().getColumnNr();
    }

    private static ServiceException malformed(String detail, Integer line, Integer column) {
        return ServiceException.refusedWith(ServiceException.Kind.INVALID_FIELD, detail,
                List.of(new FieldError("body", detail, line, column)));
    }

    // ---- typing the rows

    private static BoardFile typed(List<RawRow> rows, List<FieldError> errors, boolean isJson) {
        Where seasonWhere = null;
        String companyCik = null;
        LocalDate seasonStart = null;
        List<DirectorRow> directors = new ArrayList<>();
        List<CommitteeRow> committees = new ArrayList<>();
        List<MembershipRow> memberships = new ArrayList<>();
        for (RawRow row : rows) {
            Values v = new Values(row, errors);
            if (row.values().containsKey("#fields")) {
                v.error("record", "The line has " + row.values().get("#fields").replace(" of ", " fields; the header has ") + " columns");
                continue;
            }
            if (!FIELDS.containsKey(row.kind())) {
                v.error("record", "'" + row.values().get("record") + "' is not a kind of row: season, director, committee or membership");
                continue;
            }
            v.onlyFieldsOf(row.kind());
            switch (row.kind()) {
                case "season" -> {
                    if (seasonWhere != null) {
                        v.error("record", "A board file has one season row; the first is at line " + seasonWhere.line());
                        continue;
                    }
                    seasonWhere = row.where();
                    companyCik = v.required("companyCik", v.cik("companyCik"));
                    seasonStart = v.required("seasonStart", v.date("seasonStart"));
                }
                case "director" -> directors.add(new DirectorRow(row.where(), v.required("name", v.text("name", 200)), v.cik("cik"),
                        v.text("edgarName", 200), v.parse("class", DirectorClass::valueOf, "I, II or III"), v.integer("termEnd", 1900, 2200),
                        v.required("independent", v.bool("independent")), v.date("independenceDeterminedOn"), v.roles("roles"),
                        v.text("title", 200), v.required("from", v.date("from")), v.date("to"), Boolean.TRUE.equals(v.bool("illustrative")),
                        v.text("source", MAX_TEXT)));
                case "committee" -> committees.add(new CommitteeRow(row.where(), v.required("type", v.oneOf("type", COMMITTEE_TYPES)),
                        v.required("name", v.text("name", 200)), v.text("charterUrl", MAX_TEXT), Boolean.TRUE.equals(v.bool("illustrative")),
                        v.text("source", MAX_TEXT)));
                default -> memberships.add(new MembershipRow(row.where(), v.required("director", v.text("director", 200)),
                        v.required("committee", v.text("committee", 200)), v.required("role", v.oneOf("role", MEMBER_ROLES)),
                        v.bool("financialExpert"), v.required("from", v.date("from")), v.date("to"), Boolean.TRUE.equals(v.bool("illustrative")),
                        v.text("source", MAX_TEXT)));
            }
        }
        if (seasonWhere == null && errors.isEmpty()) {
            errors.add(new FieldError(isJson ? "/companyCik" : "record", "The board file has no season (the company's CIK and the season's"
                    + " first day)" + (isJson ? "" : ": a row with record 'season'"), 1, 1));
        }
        return new BoardFile(seasonWhere, companyCik, seasonStart, directors, committees, memberships);
    }

    /** Typed values of one row; each malformed value adds an error with its line and column and reads as null. */
    private static final class Values {
        private final RawRow row;
        private final List<FieldError> errors;

        Values(RawRow row, List<FieldError> errors) {
            this.row = row;
            this.errors = errors;
        }

        void error(String field, String message) {
            Position at = row.where().of(field);
            errors.add(new FieldError(at.field(), "line " + at.line() + ", column " + at.column() + ": " + message, at.line(), at.column()));
        }

        void onlyFieldsOf(String kind) {
            row.values().forEach((name, value) -> {
                if (value != null && !name.equals("record") && !FIELDS.get(kind).contains(name)) {
                    error(name, "a " + kind + " row has no " + name + " (is a value in the wrong column?)");
                }
            });
        }

        <T> T required(String field, T value) {
            if (value == null && row.values().get(field) == null) {
                error(field, field + " is required in a " + row.kind() + " row");
            }
            return value;
        }

        String text(String field, int max) {
            String value = row.values().get(field);
            if (value != null && value.length() > max) {
                error(field, "at most " + max + " characters");
                return null;
            }
            return value;
        }

        String cik(String field) {
            String value = row.values().get(field);
            if (value == null) {
                return null;
            }
            return Cik.normalize(value).orElseGet(() -> {
                error(field, "'" + value + "' is not a CIK (1 to 10 digits)");
                return null;
            });
        }

        LocalDate date(String field) {
            String value = row.values().get(field);
            if (value == null) {
                return null;
            }
            LocalDate day = RequestParams.isoDate(value);
            if (day == null || day.isBefore(RecordDate.EARLIEST) || day.isAfter(RecordDate.LATEST)) {
                error(field, "'" + value + "' is not a day from 1900-01-01 to 2100-12-31 as YYYY-MM-DD");
                return null;
            }
            return day;
        }

        Boolean bool(String field) {
            String value = row.values().get(field);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> {
                    error(field, "'" + value + "' is not true or false");
                    yield null;
                }
            };
        }

        Integer integer(String field, int min, int max) {
            String value = row.values().get(field);
            if (value == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(field, "'" + value + "' is not a year from " + min + " to " + max);
            return null;
        }

        String oneOf(String field, Set<String> allowed) {
            String value = row.values().get(field);
            if (value == null) {
                return null;
            }
            String upper = value.toUpperCase(Locale.ROOT);
            if (!allowed.contains(upper)) {
                error(field, "'" + value + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
                return null;
            }
            return upper;
        }

        <T> T parse(String field, Function<String, T> parser, String expected) {
            String value = row.values().get(field);
            if (value == null) {
                return null;
            }
            try {
                return parser.apply(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(field, "'" + value + "' is not " + expected);
                return null;
            }
        }

        Set<BoardRole> roles(String field) {
            String value = row.values().get(field);
            Set<BoardRole> roles = EnumSet.noneOf(BoardRole.class);
            if (value == null) {
                return roles;
            }
            for (String role : value.split(";")) {
                if (role.isBlank()) {
                    continue;
                }
                try {
                    roles.add(BoardRole.valueOf(role.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    error(field, "'" + role.strip() + "' is not a board role: CHAIR, VICE_CHAIR or LEAD_INDEPENDENT_DIRECTOR (separate several with ;)");
                }
            }
            return roles;
        }
    }
}
