"""Action-day readiness: a full-page cache for anonymous visitors, cookie-free forms and graceful degradation."""
