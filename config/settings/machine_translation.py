"""wagtail-localize's machine translator, off unless the environment switches one on.

WAGTAILLOCALIZE_MACHINE_TRANSLATOR=deepl needs DEEPL_API_KEY (a key ending in ":fx" uses DeepL's free API) and
takes DEEPL_FORMALITY (default, prefer_less, prefer_more). =google needs GOOGLE_CLOUD_PROJECT_ID, credentials
from GOOGLE_APPLICATION_CREDENTIALS (a service-account file) and the google-cloud-translate package. Switched on,
the translation editor gets a "Translate with DeepL/Google Translate" button; the page's text is then sent to that
service, so say so in the privacy notice.
"""

import importlib.util

from django.core.exceptions import ImproperlyConfigured

BACKENDS = {
    "deepl": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
    "google": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
}


def _installed(module):
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def machine_translator(environ):
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR's value for the environment: None (the default) or a backend's config."""
    name = environ.get("WAGTAILLOCALIZE_MACHINE_TRANSLATOR", "").strip().lower()
    if name in {"", "none", "off"}:
        return None
    if name not in BACKENDS:
        raise ImproperlyConfigured(f"WAGTAILLOCALIZE_MACHINE_TRANSLATOR must be deepl, google or empty, not {name!r}.")
    if name == "deepl":
        key = environ.get("DEEPL_API_KEY", "")
        if not key:
            raise ImproperlyConfigured("WAGTAILLOCALIZE_MACHINE_TRANSLATOR=deepl needs DEEPL_API_KEY.")
        options = {"AUTH_KEY": key}
        if environ.get("DEEPL_FORMALITY"):
            options["FORMALITY"] = environ["DEEPL_FORMALITY"]
        return {"CLASS": BACKENDS[name], "OPTIONS": options}
    project = environ.get("GOOGLE_CLOUD_PROJECT_ID", "")
    if not project:
        raise ImproperlyConfigured("WAGTAILLOCALIZE_MACHINE_TRANSLATOR=google needs GOOGLE_CLOUD_PROJECT_ID.")
    if not _installed("google.cloud.translate"):
        raise ImproperlyConfigured(
            "WAGTAILLOCALIZE_MACHINE_TRANSLATOR=google needs the google-cloud-translate package installed."
        )
    options = {"PROJECT_ID": project}
    if environ.get("GOOGLE_APPLICATION_CREDENTIALS"):
        options["CREDENTIALS_PATH"] = environ["GOOGLE_APPLICATION_CREDENTIALS"]
    return {"CLASS": BACKENDS[name], "OPTIONS": options}
