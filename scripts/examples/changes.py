#!/usr/bin/env python3
"""A change-feed sync loop: reads GET /changes from the cursor kept in a file, fetches each changed record and keeps
the new cursor after each page, so a crash repeats a page but never skips one. Run it again to pick up from there.
Usage: changes.py [CURSOR_FILE]  (default changes.cursor)
"""
import pathlib
import sys
import urllib.error

from childplan import Client

PATHS = {"DOCUMENT": "documents", "OBJECTIVE": "objectives", "TARGET": "targets", "TASK": "tasks",
         "ASSIGNMENT": "assignments", "INDICATOR_VALUE": "indicator-values", "REPORT": "reports"}


def main():
    client = Client()
    state = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "changes.cursor")
    since = state.read_text() if state.exists() else None
    applied = 0
    while True:
        page = client.get("changes", limit=500, **({"since": since} if since else {}))
        for change in page["items"]:
            path = PATHS[change["type"]] + "/" + str(change["id"])
            if change["operation"] == "DELETED":
                print("delete", path)  # drop your copy
            else:
                try:
                    record = client.get(path)
                except urllib.error.HTTPError as e:
                    if e.code != 404:
                        raise
                    continue  # deleted since: a later tombstone says so
                print("upsert", path, "version", record["version"])  # store your copy here
            applied += 1
        since = page["next"]
        state.write_text(since)  # after the page is applied
        if not page["more"]:
            break
    print(applied, "changes applied; cursor", since)


if __name__ == "__main__":
    main()
