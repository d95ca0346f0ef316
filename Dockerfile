# syntax=docker/dockerfile:1
# Amparo's image, in the shape of Wagtail's project template (wagtail start): the virtualenv is built in one stage
# and copied into a slim runtime stage that runs as a non-root user. Production settings by default; everything
# else comes from the environment (.env.example lists it all). Build: docker build -t amparo .

# --- Build stage: compilers and headers, thrown away afterwards ---
FROM python:3.11-slim-bookworm AS builder

RUN apt-get update --yes --quiet && apt-get install --yes --quiet --no-install-recommends \
    build-essential \
    libpq-dev \
    libjpeg62-turbo-dev \
    zlib1g-dev \
    libwebp-dev \
 && rm -rf /var/lib/apt/lists/* \
 && python -m venv /opt/venv

ENV PATH="/opt/venv/bin:$PATH"

COPY requirements.txt /
RUN pip install --no-cache-dir --requirement /requirements.txt

# --- Runtime stage ---
FROM python:3.11-slim-bookworm AS runtime

RUN apt-get update --yes --quiet && apt-get install --yes --quiet --no-install-recommends \
    libpq5 \
    libjpeg62-turbo \
    libwebp7 \
    zlib1g \
 && rm -rf /var/lib/apt/lists/*

# The app never runs as root.
RUN useradd --create-home --uid 10001 amparo

# PORT: gunicorn binds 0.0.0.0:$PORT; WEB_CONCURRENCY: gunicorn's worker count (2 per core is a good start).
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PORT=8000 \
    WEB_CONCURRENCY=2 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PATH="/opt/venv/bin:$PATH"

EXPOSE 8000

COPY --from=builder /opt/venv /opt/venv

WORKDIR /app
RUN chown amparo:amparo /app
COPY --chown=amparo:amparo . .
USER amparo

# Hashed, compressed static files for WhiteNoise, made once at build time. The key only lets the settings load:
# collectstatic signs nothing, and the running container must be given its own SECRET_KEY.
RUN SECRET_KEY=collectstatic-at-build-time-only python manage.py collectstatic --noinput --clear

# 200 when the app and its database answer (see ops/healthcheck.py for the Host and proxy headers it sends).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["python", "-m", "ops.healthcheck"]

# Migrations run once per release (compose.yaml's `release` service), never here.
CMD ["gunicorn", "config.wsgi", "--worker-tmp-dir", "/dev/shm", "--graceful-timeout", "20"]
