#!/usr/bin/env python3
"""An import of indicator values as a job, safe to retry, polled until it has finished.

The file goes with an Idempotency-Key of our own: sent again with the same key (after a timeout, a lost answer) it
answers the same job instead of importing twice; while that job still runs the answer is 409, so wait and retry.
Usage: import_job.py [FILE.csv]  (without a file: two estimates for Thừa Thiên Huế, 2017)
"""
import json
import sys
import time
import urllib.error
import uuid

from childplan import Client

SAMPLE = ("indicator_code,unit_code,period_code,value,status,source_name\r\n"
          "CHILD_U1_FULLY_IMMUNISED_RATE,46,2017,96.1,ESTIMATE,Sở Y tế\r\n"
          "COMMUNE_CHILD_FRIENDLY_RATE,46,2017,90,ESTIMATE,Sở Lao động - Thương binh và Xã hội\r\n")


def submit(client, body, key):
    """The job the file started; retried while the key is held by the same request still running (409)."""
    for _ in range(60):
        try:
            with client.open("POST", "import-jobs/indicator-values", body,
                             {"Content-Type": "text/csv", "Idempotency-Key": key}, mode="PER_ROW") as response:
                return json.load(response)
        except urllib.error.HTTPError as e:
            if e.code != 409:
                raise
            time.sleep(1)
    raise SystemExit("the Idempotency-Key stayed in use")


def main():
    body = open(sys.argv[1], "rb").read() if len(sys.argv) > 1 else SAMPLE.encode()
    client = Client()
    key = str(uuid.uuid4())  # store it with the file to retry this very import
    job = submit(client, body, key)
    print("job", job["id"], "Idempotency-Key", key)
    for _ in range(600):  # at most 10 minutes
        job = client.get("import-jobs/%d" % job["id"])
        if job["state"] in ("SUCCEEDED", "FAILED", "CANCELLED"):
            break
        print(job["state"], job["rowsRead"], "rows read,", job["rowsChecked"], "checked")
        time.sleep(1)
    summary = job["summary"]
    print(job["state"], "imported", summary["imported"], "updated", summary["updated"], "unchanged",
          summary["unchanged"], "rejected", summary["rejected"])
    for row in summary["rejectedRows"]:
        print("  line", row["line"], row["column"], repr(row["value"]), row["code"], row["messageEn"])
    if job["state"] != "SUCCEEDED":
        raise SystemExit("job %d %s: %s" % (job["id"], job["state"], job.get("error")))
    if submit(client, body, key)["id"] != job["id"]:  # a retry with the key answers the same job
        raise SystemExit("the retry started another import")


if __name__ == "__main__":
    main()
