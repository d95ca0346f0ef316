"""How django-axes tells one client from another: the same trusted-proxy rules as the rate limits."""

from core.ratelimit import client_address


def client_ip(request):
    address = client_address(request)
    # An unknown address (no REMOTE_ADDR, a forged header) still counts: all unknowns together, under an
    # address no client can have (axes stores it in an IP address column).
    return str(address) if address is not None else "0.0.0.0"  # noqa: S104 (a label, never bound)
