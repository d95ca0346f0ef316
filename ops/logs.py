"""The logging configuration: one line per record on standard error, plain or JSON, always with the request id.

Settings call `logging_config()` (no Django import here, so settings can use it before apps load).
"""

PLAIN_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s"
FORMATS = ("plain", "json")


def logging_config(log_format="plain", level="INFO"):
    """A dictConfig for LOG_FORMAT ("plain" or "json") and LOG_LEVEL; raises ValueError for another format."""
    log_format = (log_format or "plain").strip().lower()
    if log_format not in FORMATS:
        raise ValueError(f"LOG_FORMAT must be one of {', '.join(FORMATS)}, not {log_format!r}.")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "ops.requestid.RequestIdFilter"}},
        "formatters": {
            "plain": {"format": PLAIN_FORMAT},
            "json": {
                "()": "pythonjsonlogger.json.JsonFormatter",
                "fmt": JSON_FIELDS,
                "datefmt": "%Y-%m-%dT%H:%M:%S%z",  # ISO 8601 with the offset, as log collectors expect
                "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
                "timestamp": False,
            },
        },
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": log_format, "filters": ["request_id"]},
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.request": {"level": "ERROR"},
            # Every page save runs a few background tasks; their start/finish lines drown out everything else.
            "django_tasks": {"level": "WARNING"},
            "wagtail.contrib.redirects": {"level": "WARNING"},
        },
    }
