"""Shared by the Python examples (standard library only): a token of the machine client and JSON calls.

Override with the environment variables API, TOKEN_URL, CLIENT_ID and CLIENT_SECRET for another system.
"""
import json
import os
import urllib.parse
import urllib.request

API = os.environ.get("API", "http://localhost:8080/api/v1").rstrip("/") + "/"
TOKEN_URL = os.environ.get("TOKEN_URL", "http://localhost:8180/realms/childplan/protocol/openid-connect/token")


def token():
    """A fresh access token of the client-credentials client (it lives 5 minutes)."""
    form = urllib.parse.urlencode({
        "grant_type": "client_credentials",
        "client_id": os.environ.get("CLIENT_ID", "childplan-integration"),
        "client_secret": os.environ.get("CLIENT_SECRET", "childplan-integration-demo-secret"),
    }).encode()
    with urllib.request.urlopen(TOKEN_URL, form) as response:
        return json.load(response)["access_token"]


class Client:
    def __init__(self):
        self.auth = {"Authorization": "Bearer " + token()}

    def open(self, method, path, body=None, headers=None, **params):
        """The response of one call (a file-like object); HTTP errors raise urllib.error.HTTPError."""
        url = API + path + ("?" + urllib.parse.urlencode(params) if params else "")
        request = urllib.request.Request(url, data=body, method=method, headers={**self.auth, **(headers or {})})
        return urllib.request.urlopen(request)

    def get(self, path, **params):
        with self.open("GET", path, **params) as response:
            return json.load(response)
