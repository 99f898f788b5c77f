# syntax=docker/dockerfile:1
# BiblioHub API image. Production mode: needs DATABASE_URL, S3_ENDPOINT (+ keys), JWT_SECRET and
# DATABASE_APP_PASSWORD at run time (see README, Configuration).

ARG NODE_IMAGE=node:20-bookworm-slim

# Only the npm manifests, so the dependency layer below is rebuilt only when they change.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json ! -name .npmrc -delete

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
RUN npm install --global npm@11
COPY --from=manifests /app/ ./
RUN npm ci
COPY . .
RUN npm run build \
 && npm prune --omit=dev \
 && mkdir /out \
 && for dir in apps/api libs/*/*; do \
      [ "$dir" = libs/api/testing ] && continue; \
      [ -d "$dir/dist" ] || continue; \
      mkdir -p "/out/$dir" && cp -R "$dir/package.json" "$dir/dist" "/out/$dir/"; \
    done

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /out/ ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
