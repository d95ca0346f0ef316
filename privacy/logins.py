"""How django-axes tells one client from another: the same trusted-proxy rules as the rate limits."""

from core.ratelimit import client_address


def client_ip(request):
    address = client_address(request)
    # An unknown address (no REMOTE_ADDR, a forged header) still counts, all unknowns together.
    return str(address) if address is not None else "unknown"
