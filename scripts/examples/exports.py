#!/usr/bin/env python3
"""The indicator values of Thừa Thiên Huế (code 46, as it stood in 2016) and below, in each export format, read as
they arrive: CSV and SDMX-CSV row by row, NDJSON object by object, XLSX saved to a file (values.xlsx, or in OUT).
"""
import csv
import io
import json
import os
import shutil

from childplan import Client

FILTER = {"descendants": "true", "periodFrom": "2016-01-01", "periodTo": "2016-12-31"}


def main():
    client = Client()
    unit = client.get("admin-units", level="PROVINCE", code="46", validOn="2016-06-01")["items"][0]["id"]
    for fmt in ("csv", "sdmx-csv", "ndjson", "xlsx"):
        # Prefer: count=exact asks for the row count first (X-Total-Count); leave it out to get the first byte sooner
        with client.open("GET", "exports/indicator-values", headers={"Prefer": "count=exact"}, format=fmt,
                         unitId=unit, **FILTER) as response:
            total = int(response.headers["X-Total-Count"])
            if fmt == "xlsx":
                path = os.path.join(os.environ.get("OUT", "."), "values.xlsx")
                with open(path, "wb") as out:
                    shutil.copyfileobj(response, out)
                print(fmt, total, "rows in", path)
                continue
            text = io.TextIOWrapper(response, encoding="utf-8", newline="")
            rows = [json.loads(line) for line in text] if fmt == "ndjson" else list(csv.DictReader(text))
            first = rows[0] if rows else {}
            print(fmt, len(rows), "rows, e.g.", {k: first[k] for k in list(first)[:4]})
            if len(rows) != total:
                raise SystemExit("%s: %d rows, X-Total-Count said %d" % (fmt, len(rows), total))


if __name__ == "__main__":
    main()
