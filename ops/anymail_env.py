"""django-anymail's settings from the environment: every ANYMAIL_<NAME> variable becomes ANYMAIL["<NAME>"].

Anymail reads its settings from Django settings only; this keeps "every setting from the environment" without a
line per provider. Values stay strings, except the boto3 `*_PARAMS` dictionaries (Amazon SES), given as JSON.
"""

import json

PREFIX = "ANYMAIL_"


def anymail_settings(environ):
    settings = {}
    for name, value in environ.items():
        if not name.startswith(PREFIX) or value == "":
            continue
        key = name.removeprefix(PREFIX)
        settings[key] = json.loads(value) if key.endswith("_PARAMS") else value
    return settings
