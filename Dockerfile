# MLOps Radar in HTTP mode: the wheel built from this checkout, `radar-bot serve`, the database on a volume.
# Build and run:  docker build -t mlops-radar .
#                 docker run -p 3000:3000 -v radar-data:/data --env-file radar.env mlops-radar

FROM python:3.11-slim AS build
WORKDIR /src
COPY . .
# the same wheel tests/e2e/test_wheel.py installs and runs from outside the checkout
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /dist .

FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
COPY --from=build /dist/ /tmp/dist/
RUN pip install /tmp/dist/mlops_radar-*.whl && rm -rf /tmp/dist
# SQLite lives on the volume: votes, ring moves and thread memory survive restarts and deploys.
# The folder must exist (radar-bot refuses to create a missing one); it runs as root because platform
# volumes (Fly.io's among them) are mounted owned by root.
RUN mkdir -p /data
VOLUME ["/data"]
ENV RADAR_DB=/data/radar.db \
    PORT=3000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('PORT', '3000')}/healthz\", timeout=4)"]
CMD ["radar-bot", "serve"]
