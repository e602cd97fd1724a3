# syntax=docker/dockerfile:1

# ---- builder: install all dependencies, compile TypeScript, then drop dev dependencies ----
# Node 20 >= 20.19, as package.json's engines asks (.npmrc's engine-strict makes npm ci refuse anything else).
FROM node:20-bookworm-slim AS builder
WORKDIR /app

# Dependency layer first, so source changes do not invalidate the npm ci cache. The project's own `prepare` (a
# build) needs the sources, not copied yet, so --ignore-scripts skips it, and with it every dependency's install
# script; the one the image needs is argon2's (node-gyp-build: it checks its prebuilt binary for this platform and
# compiles only where none fits), run by name. (The embedded PostgreSQL's script is for a dev dependency pruned below;
# the others are denied in package.json's allowScripts, which npm 10 of this image does not read.)
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && npm rebuild argon2 --no-audit --no-fund

COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: production dependencies and compiled output only ----
# No embedded PostgreSQL (embedded-postgres is a dev dependency, pruned above): DATABASE_URL is required, and without
# it the API stops at boot saying so (docker-compose.yml sets it).
FROM node:20-bookworm-slim AS runtime
# MALLOC_MMAP_THRESHOLD_: large blocks (argon2, a tally's buffers) go back to the system when freed (docs/performance.md, "Memory").
ENV NODE_ENV=production PORT=3000 MALLOC_MMAP_THRESHOLD_=1048576
WORKDIR /app

# Application files stay owned by root (read-only for the app user).
COPY --from=builder /app/package.json ./package.json
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist

USER node
EXPOSE 3000

# Liveness via node itself (slim images have no curl/wget); honours an overridden PORT.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]

CMD ["node", "dist/src/main.js"]
