#!/usr/bin/env python3
"""An HR system's formal-action gate check, over HTTP, as a vendor would write it.

Posts each proposal (a JSON file, gate-proposal.schema.json) to a running `justculture serve`, prints
whether the gate passed and, when it did not, each unmet item with its reason and the fairness
prompts; prints each problem of an invalid proposal by its JSON path; keeps every decision's receipt.
Python 3.8+, standard library only.

    gate_client.py --url http://127.0.0.1:8080 --token-file tokens.txt \
        [--receipts receipts.txt] PROPOSAL.json...

Exit 0 when every proposal was checked (passed or not), 2 when any was invalid (its problems are
printed, the rest are still checked), 1 when the service could not answer (after retries).
"""

import argparse
import json
import sys
import time
import urllib.error
import urllib.request

# A 503 with Retry-After (the service sheds load past --max-concurrent, or is stopping) is worth
# retrying; anything else is answered once.
ATTEMPTS = 5


def first_token(path):
    """The first token of a token file: lines are tokens, # starts a comment."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                return line
    raise SystemExit(f"{path}: holds no token")


def post(url, token, body):
    """POST a proposal; (status, JSON document, headers), retrying a 503 that says when to."""
    request = urllib.request.Request(
        url.rstrip("/") + "/v1/gate/check",
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "Accept": "application/json",
            "Authorization": "Bearer " + token,
        },
    )
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                return answer.status, json.load(answer), answer.headers
        except urllib.error.HTTPError as error:
            # The service's errors are RFC 9457 problem documents (application/problem+json); a
            # proxy in front of it may answer otherwise.
            try:
                document = json.load(error)
            except ValueError:
                document = {"title": error.reason, "detail": "not a problem document"}
            retry_after = error.headers.get("Retry-After", "")
            if error.code == 503 and retry_after and attempt < ATTEMPTS:
                print(f"  503, retrying in {retry_after} s: {document.get('detail')}", file=sys.stderr)
                time.sleep(min(int(retry_after), 10) if retry_after.isdigit() else 1)
                continue
            return error.code, document, error.headers
    raise AssertionError("unreachable")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True, help="the service, e.g. http://127.0.0.1:8080")
    parser.add_argument("--token-file", required=True, help="the service's --token-file")
    parser.add_argument("--receipts", help="append each decision's receipt (SEQ:SHA256 FILE) here")
    parser.add_argument("proposals", nargs="+", help="proposal JSON files")
    args = parser.parse_args()
    token = first_token(args.token_file)

    invalid = False
    for path in args.proposals:
        with open(path, "rb") as f:
            body = f.read()
        try:
            status, document, headers = post(args.url, token, body)
        except (urllib.error.URLError, OSError) as error:
            print(f"{path}: the service did not answer ({error})", file=sys.stderr)
            return 1
        if status == 200:
            verdict = "passed" if document["passed"] else "NOT passed"
            print(f"{path}: {document['proposal']}: {verdict}")
            for item in document["items"]:
                if item["status"] in ("UNMET", "ADVISORY"):
                    print(f"  {item['status']:8} {item['id']}: {item['reason']}")
            for prompt in document.get("prompts", []):
                print(f"  ? {prompt}")
            # The decision log's receipt: proof of what the service answered, and where it is logged.
            seq = headers.get("Justculture-Decision-Seq")
            sha = headers.get("Justculture-Decision-Sha256")
            if seq and sha:
                print(f"  receipt {seq}:{sha}")
                if args.receipts:
                    with open(args.receipts, "a", encoding="utf-8") as out:
                        out.write(f"{seq}:{sha} {path}\n")
        elif status == 400:
            invalid = True
            print(f"{path}: invalid proposal, nothing was checked:")
            for error in document.get("errors", []):
                print(f"  {error['message']}")
            if document.get("omitted"):
                print(f"  ... and {document['omitted']} more")
        else:
            print(f"{path}: {status} {document.get('title')}: {document.get('detail')}", file=sys.stderr)
            return 1
    return 2 if invalid else 0


if __name__ == "__main__":
    sys.exit(main())
