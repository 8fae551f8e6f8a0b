#!/usr/bin/env python3
"""Prints the answer of demo/flagship.graphql (read as JSON on stdin) as a short table."""
import decimal
import json
import sys

answer = json.load(sys.stdin, parse_float=decimal.Decimal)
if answer.get("errors"):
    for error in answer["errors"]:
        print("  error:", error.get("message"), error.get("extensions", {}).get("service", ""))
data = (answer.get("data") or {}).get("committeeMemberTrades")
if not data:
    sys.exit(1)
company = data.get("company") or {}
totals = data["totals"]
print(f"  {company.get('name')} ({company.get('ticker')}): committee members' sales in the quarter, counted only while on the committee")
for committee in data["committees"]:
    print(f"  {committee['name']} ({committee['memberCount']} members during the quarter)")
    for member in committee["members"]:
        for t in member["transactions"]:
            print(f"    {member['person']['fullName']:<22} [{member['matchedBy']:<4}] {t['code']} {t['transactionDate']}"
                  f" {t['shares']:>8} @ {t['pricePerShare']:<9} = {t['value']:>14}  10b5-1: {t['plan10b5One']['status']}"
                  + ("  (filed late)" if t.get("late") else ""))
print(f"  Total: {totals['transactions']} sales, {totals['shares']} shares, value {totals['value']},"
      f" weighted average price {totals['weightedAveragePrice']}, share of value under a 10b5-1 plan {totals['planValueShare']}")
