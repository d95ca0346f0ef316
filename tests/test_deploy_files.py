"""The container files name only settings the README documents, and .env.example names every setting.

No container engine runs in CI, so the Dockerfile and compose.yaml are checked as text: what they set, what the
README says about them, and that the pieces they start (commands, settings modules, the health check) exist.
"""

import re
from pathlib import Path

import yaml
from django.core.management import get_commands

from ops.healthcheck import probe_host
from ops.storage import S3_OPTIONS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
# Variables documented in the README: every `NAME` in backticks, in upper case.
DOCUMENTED = set(re.findall(r"`([A-Z][A-Z0-9_]{2,})`", README))
SETTING_READ = re.compile(
    r"(?:environ\.get|getenv|env_bool|env_list|environ\[|\bin os\.environ|env=)\(?\s*\"([A-Z][A-Z0-9_]+)\""
)
# Names the compose file uses for its own wiring (image variables), documented in the README's stack section too.
ENV_LINE = re.compile(r"^#?\s*([A-Z][A-Z0-9_]+)=", re.MULTILINE)


def dockerfile_settings():
    text = (ROOT / "Dockerfile").read_text()
    names = set()
    for block in re.findall(r"^ENV\s+((?:.*\\\n)*.*)$", text, re.MULTILINE):
        names |= set(re.findall(r"([A-Z][A-Z0-9_]+)=", block))
    return names - {"PATH"}  # the virtualenv on PATH is the image's business, not a setting


def compose():
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def compose_settings():
    text = (ROOT / "compose.yaml").read_text()
    names = set(re.findall(r"\$\{([A-Z][A-Z0-9_]+)", text)) | set(re.findall(r"\$\$([A-Z][A-Z0-9_]+)", text))
    for service in compose()["services"].values():
        names |= set(service.get("environment") or {})
    return names


def env_example():
    return set(ENV_LINE.findall((ROOT / ".env.example").read_text()))


def settings_read_from_environment():
    names = set(S3_OPTIONS)
    for path in sorted((ROOT / "config" / "settings").glob("*.py")):
        names |= set(SETTING_READ.findall(path.read_text()))
    return names


def test_the_parsers_find_what_the_files_obviously_hold():
    assert {"PORT", "WEB_CONCURRENCY", "DJANGO_SETTINGS_MODULE"} <= dockerfile_settings()
    assert {"POSTGRES_PASSWORD", "DATABASE_URL", "AWS_STORAGE_BUCKET_NAME"} <= compose_settings()
    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "LOG_LEVEL", "AWS_S3_REGION_NAME"} <= (
        settings_read_from_environment()
    )


def test_the_dockerfile_and_compose_file_name_only_documented_settings():
    undocumented = (dockerfile_settings() | compose_settings()) - DOCUMENTED
    assert not undocumented, f"Document these in README.md's Configuration table: {sorted(undocumented)}"


def test_env_example_names_every_setting_and_only_documented_ones():
    missing = settings_read_from_environment() - env_example()
    assert not missing, f"Add these to .env.example: {sorted(missing)}"
    undocumented = env_example() - DOCUMENTED
    assert not undocumented, f"Document these in README.md: {sorted(undocumented)}"


def test_the_readme_describes_every_compose_service_and_no_other():
    services = set(compose()["services"])
    section = README.split("## Run the production stack", 1)[1].split("\n## ", 1)[0]
    described = set(re.findall(r"^- \*\*`([a-z_]+)`\*\*", section, re.MULTILINE))
    assert described == services


def test_the_stack_runs_commands_this_site_has():
    services = compose()["services"]
    commands = get_commands()
    for name in ("release", "db_worker", "scheduler"):
        command = services[name]["command"]
        assert command[:2] == ["python", "manage.py"] and command[2] in commands, name
    assert services["release"]["command"][2] == "migrate"
    app_dependencies = services["app"]["depends_on"]
    assert app_dependencies["release"] == {"condition": "service_completed_successfully"}
    assert services["app"]["environment"]["WEB_CONCURRENCY"] == "2"


def test_the_image_runs_gunicorn_as_a_user_with_production_settings_and_a_health_check():
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim", text, re.MULTILINE)
    assert re.search(r"^USER (?!root)\w+", text, re.MULTILINE)
    assert "DJANGO_SETTINGS_MODULE=config.settings.production" in text
    assert re.search(r"^RUN .*manage\.py collectstatic", text, re.MULTILINE)
    assert re.search(r'^CMD \["gunicorn", "config\.wsgi"', text, re.MULTILINE)
    assert re.search(r'^HEALTHCHECK .*CMD \["python", "-m", "ops\.healthcheck"\]', text, re.MULTILINE)
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".git", ".venv", ".env", "media"} <= set(ignored)


def test_the_health_check_names_a_host_django_accepts():
    assert probe_host("amparo.example.org,www.amparo.example.org") == "amparo.example.org"
    assert probe_host(".amparo.example.org") == "amparo.example.org"
    assert probe_host("*") == "localhost"
    assert probe_host("") == "localhost"
