# syntax=docker/dockerfile:1
# The app as one image: `npm run build` in a build stage, and in the final stage only Next's
# standalone folder (the server, the files it traced, the built assets, serve.mjs) on Node 24,
# run as the unprivileged `node` user. Start as many containers as you need against one
# PostgreSQL (docs/operations.md, "Serving built code"):
#
#   docker build --build-arg SERVER_URL=https://health.example.org -t groundwork .
#   docker run -e DATABASE_URL=… -e PAYLOAD_SECRET=… -p 3000:3000 groundwork
#
# SERVER_URL is the public origin, baked into the build (robots.txt names the sitemap).

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# Dependencies first, so a change to the sources reuses this layer. One package.json for each
# workspace of the root package.json (a test checks the list).
COPY package.json package-lock.json ./
COPY apps/web/package.json apps/web/
COPY packages/cms/package.json packages/cms/
COPY packages/links/package.json packages/links/
COPY packages/ui/package.json packages/ui/
COPY bench/package.json bench/
RUN npm ci --no-audit --no-fund
COPY . .
ARG SERVER_URL=http://localhost:3000
# The build reads no database (it is given a closed port) and keeps no secret.
RUN SERVER_URL="$SERVER_URL" npm run build \
 && mv apps/web/.next/standalone /standalone \
 && mv /standalone/apps/web/.next /served

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    MEDIA_DIR=/data/media
# The code stays root's: the app cannot change it. The build folder it serves is its own, since
# Next writes the pages it renders and caches there.
COPY --from=build /standalone ./
COPY --from=build --chown=node:node /served ./apps/web/.next
RUN mkdir -p /data/media && chown node:node /data/media
USER node
EXPOSE 3000
# Liveness only; /readyz says whether PostgreSQL and Redis answer (for a load balancer).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# serve.mjs checks the environment, takes its turn at migrations, then runs server.js in the same
# process: SIGTERM reaches Next and the app directly (runtime/shutdown.ts, at most 25 s).
CMD ["node", "apps/web/serve.mjs"]
