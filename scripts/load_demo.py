#!/usr/bin/env python3
"""Loads the demo data (demo/) through the services' public APIs; running it twice changes nothing.

The demo's boards and committees are board files (demo/boards/*.csv, *.json: one company's proxy season each, the
format of demo/README.md), imported with POST /board-files; a --data folder without boards/ is read in the older
per-record JSON (people, directors, committees), as the benchmark's generator writes it.

Usage: scripts/load_demo.py [--directors URL] [--committees URL] [--filings URL] [--token TOKEN] [--ingest-token TOKEN]
                            [--fixtures DIR]   (real EDGAR filings to load too, when the folder exists)
                            [--token-command CMD] (prints a new token when one expires, for long loads)
                            [--data DIR]       (another data set in demo/'s format, e.g. the benchmark's generated
                                                boards: companies, people, directors, committees, and filings/ if any)
"""
import argparse
import json
import os
import subprocess
import time
import sys
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEMO = os.path.join(ROOT, "demo")


class Api:
    def __init__(self, base, token, token_command=None):
        self.base = base.rstrip("/")
        self.token = token
        self.token_command = token_command

    def call(self, method, path, body=None, content_type="application/json", query=None):
        status, answer = self._call(method, path, body, content_type, query)
        for attempt in range(5):
            if status != 503:
                break
            # a service said it could not answer now (e.g. a dependency slow under load): wait as told, try again
            time.sleep(2 * (attempt + 1))
            status, answer = self._call(method, path, body, content_type, query)
        if status == 401 and self.token_command:
            # a long load outlives an access token (5 minutes): take a new one and try again
            self.token = subprocess.run(self.token_command, shell=True, check=True, capture_output=True, text=True).stdout.strip()
            status, answer = self._call(method, path, body, content_type, query)
        return status, answer

    def _call(self, method, path, body, content_type, query):
        url = self.base + path + ("?" + urllib.parse.urlencode(query) if query else "")
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", content_type)
        if self.token:
            request.add_header("Authorization", "Bearer " + self.token)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                text = response.read().decode()
                return response.status, json.loads(text) if text else None
        except urllib.error.HTTPError as error:
            text = error.read().decode()
            try:
                return error.code, json.loads(text)
            except ValueError:
                return error.code, {"detail": text}


def expect(status, body, allowed, what):
    if status not in allowed:
        sys.exit(f"demo data: {what} answered {status}: {body.get('detail') if isinstance(body, dict) else body}")


def load(directors, committees, filings, fixtures, data=DEMO):
    counts = {"created": 0, "present": 0}

    def created(is_new):
        counts["created" if is_new else "present"] += 1

    with open(os.path.join(data, "companies.json")) as f:
        for company in json.load(f):
            status, body = directors.call("POST", "/companies", company)
            expect(status, body, (201, 409), "company " + company["name"])
            created(status == 201)

    people = {}

    def load_people():
        with open(os.path.join(data, "people.json")) as f:
            for person in json.load(f):
                status, body = directors.call("GET", "/people", query={"name": person["fullName"]})
                expect(status, body, (200,), "people search")
                match = [p for p in body["items"] if p["fullName"] == person["fullName"]]
                if match:
                    people[person["fullName"]] = match[0]["id"]
                    created(False)
                    continue
                status, body = directors.call("POST", "/people", person)
                expect(status, body, (201,), "person " + person["fullName"])
                people[person["fullName"]] = body["id"]
                created(True)

    boards = os.path.join(data, "boards")
    if os.path.isdir(boards):
        for name in sorted(os.listdir(boards)):
            if not name.endswith((".csv", ".json")):
                continue
            with open(os.path.join(boards, name), "rb") as f:
                content = f.read()
            status, body = directors.call("POST", "/board-files", content,
                                          content_type="application/json" if name.endswith(".json") else "text/csv")
            expect(status, body, (200,), "board file " + name)
            counts["created"] += sum(body[k] for k in ("peopleCreated", "seatsCreated", "committeesCreated", "membershipsCreated"))
            counts["present"] += sum(body[k] for k in ("seatsUnchanged", "committeesUnchanged", "membershipsUnchanged"))
            counts["updated"] = counts.get("updated", 0) + sum(body[k] for k in ("seatsUpdated", "seatsEnded", "committeesUpdated",
                                                                                  "membershipsUpdated", "membershipsEnded"))
        # the people without a seat come after the boards, so that the demo's ids are stable (Ada Exampleton is person 1)
        load_people()
    else:
        load_people()
        seats = {}
        with open(os.path.join(data, "directors.json")) as f:
            for seat in json.load(f):
                person_id = people[seat.pop("person")]
                company = seat.pop("company")
                status, body = directors.call("GET", "/directors", query={"personIds": person_id, "companyCiks": company})
                expect(status, body, (200,), "seat search")
                if body["items"]:
                    seats[(company, person_id)] = body["items"][0]["id"]
                    created(False)
                    continue
                status, body = directors.call("POST", "/directors", dict(seat, companyCik=company, personId=person_id))
                expect(status, body, (201,), "seat of " + str(person_id))
                seats[(company, person_id)] = body["id"]
                created(True)

        with open(os.path.join(data, "committees.json")) as f:
            for committee in json.load(f):
                members = committee.pop("members")
                status, body = committees.call("GET", "/committees", query={"companyCik": committee["companyCik"], "size": 500})
                expect(status, body, (200,), "committee search")
                match = [c for c in body["items"] if c["type"] == committee["type"] and c["name"] == committee["name"]]
                if match:
                    committee_id = match[0]["id"]
                    created(False)
                else:
                    status, body = committees.call("POST", "/committees", dict(committee, illustrative=False))
                    expect(status, body, (201,), "committee " + committee["name"])
                    committee_id = body["id"]
                    created(True)
                status, body = committees.call("GET", f"/committees/{committee_id}/members",
                                               query={"from": "1900-01-01", "to": "9999-12-31", "size": 500})
                expect(status, body, (200,), "members")
                existing = {(m["directorId"], m["from"]) for m in body["items"]}
                cik = committee["companyCik"].zfill(10)
                for member in members:
                    seat_id = seats[(committee["companyCik"], people[member["person"]])]
                    if (seat_id, member["from"]) in existing:
                        created(False)
                        continue
                    membership = {"directorId": seat_id, "role": member["role"], "from": member["from"], "to": member.get("to"),
                                  "financialExpert": member.get("financialExpert", False), "illustrative": True,
                                  "source": "illustrative demo membership"}
                    status, body = committees.call("POST", f"/committees/{committee_id}/members", membership)
                    expect(status, body, (201,), f"membership of {member['person']} in {committee['name']} ({cik})")
                    created(True)

    def post_filing(path, accession, filing_date):
        with open(path, "rb") as f:
            xml = f.read()
        query = {"accession": accession}
        if filing_date:
            query["filingDate"] = filing_date
        status, body = filings.call("POST", "/filings", xml, content_type="application/xml", query=query)
        expect(status, body, (200, 201), "filing " + os.path.basename(path))
        created(status == 201)

    folder = os.path.join(data, "filings")
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if name.endswith(".xml"):
            stem = name[:-4]
            accession, _, filing_date = stem.partition("_")
            post_filing(os.path.join(folder, name), accession, filing_date or None)

    fixtures_loaded = 0
    if fixtures and os.path.isfile(os.path.join(fixtures, "MANIFEST.tsv")):
        with open(os.path.join(fixtures, "MANIFEST.tsv")) as f:
            rows = [line.rstrip("\n").split("\t") for line in f]
        header, rows = rows[0], rows[1:]
        for index, row in enumerate(rows, start=1):
            entry = dict(zip(header, row))
            accession = entry.get("accession") or "0009999998-00-%06d" % index
            post_filing(os.path.join(fixtures, "xml", entry["filename"]), accession, None)
            fixtures_loaded += 1
    return counts, fixtures_loaded


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--directors", default="http://127.0.0.1:8081")
    parser.add_argument("--committees", default="http://127.0.0.1:8082")
    parser.add_argument("--filings", default="http://127.0.0.1:8083")
    parser.add_argument("--token", default=os.environ.get("PLATFORM_TOKEN"), help="bearer token with governance-editor (boards, committees)")
    parser.add_argument("--ingest-token", default=os.environ.get("PLATFORM_INGEST_TOKEN"), help="bearer token with filings-ingest")
    parser.add_argument("--fixtures", default=os.path.join(ROOT, "..", "shared", "fixtures", "edgar"))
    parser.add_argument("--data", default=DEMO, help="folder in demo/'s format (default: demo/)")
    parser.add_argument("--token-command", help="shell command printing a new editor token, run when a token expires")
    args = parser.parse_args()
    counts, fixtures = load(Api(args.directors, args.token, args.token_command), Api(args.committees, args.token, args.token_command), Api(args.filings, args.ingest_token),
                            args.fixtures if args.data == DEMO else None, args.data)
    print(f"demo data: {counts['created']} created, {counts['present']} already present"
          + (f", {counts['updated']} updated" if counts.get("updated") else "")
          + (f"; {fixtures} shared EDGAR fixtures posted" if fixtures else "; shared EDGAR fixtures not found, skipped"))


if __name__ == "__main__":
    main()
