"""The container's HEALTHCHECK: GET /healthz on this container's own gunicorn; exit 0 when it answers 200.

Standard library only (it runs every 30 seconds). It names a host from ALLOWED_HOSTS (Django refuses others) and
says the request came over HTTPS from the proxy, so production's HTTPS redirect does not answer instead.
"""

import os
import sys
import urllib.request


def probe_host(allowed_hosts):
    """The first concrete host name in ALLOWED_HOSTS ("localhost" for "*" or none)."""
    for host in allowed_hosts.split(","):
        host = host.strip().lstrip(".")
        if host and host != "*":
            return host
    return "localhost"


def check(port, allowed_hosts, timeout=4):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/healthz",
        headers={"Host": probe_host(allowed_hosts), "X-Forwarded-Proto": "https"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - a fixed local URL
            return response.status == 200
    except OSError:
        return False


if __name__ == "__main__":
    healthy = check(os.environ.get("PORT", "8000"), os.environ.get("ALLOWED_HOSTS", "localhost"))
    sys.exit(0 if healthy else 1)
