# The coalition site on gunicorn, with production settings. Configuration comes from the
# environment at run time (see docs/deploy.md); nothing secret is baked into the image.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=coalition.settings.production

# libpq for psycopg, libjpeg/zlib/webp for Pillow's image renditions.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 libjpeg62-turbo zlib1g libwebp7 \
    && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 1000 coalition
WORKDIR /app

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY --chown=coalition:coalition . .

# Interface catalogs (.mo) are built from the committed .po files, and the static files are
# collected, hashed and compressed into the image (WhiteNoise serves them). Production settings
# refuse to load without a key and hosts, so the build passes throwaway ones.
RUN python -c 'import glob, polib; [polib.pofile(p).save_as_mofile(p[:-3] + ".mo") for p in glob.glob("locale/*/LC_MESSAGES/*.po") + glob.glob("coalition/locale_overrides/*/LC_MESSAGES/*.po")]' \
    && SECRET_KEY=build-only ALLOWED_HOSTS=build python manage.py collectstatic --no-input -v0

USER coalition
EXPOSE 8000
CMD ["gunicorn", "coalition.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--forwarded-allow-ips", "*"]
