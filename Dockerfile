# syntax=docker/dockerfile:1

# ---- builder: install all dependencies, compile TypeScript, then drop dev dependencies ----
FROM node:20-bookworm-slim AS builder
WORKDIR /app

# Dependency layer first, so source changes do not invalidate the npm ci cache.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts

COPY . .
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: production dependencies and compiled output only ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app

# Application files stay owned by root (read-only for the app user).
COPY --from=builder /app/package.json ./package.json
COPY --from=builder /app/node_modules ./node_modules
COPY --from=builder /app/dist ./dist

# DATA_DIR (./.data) is only used by the embedded PostgreSQL fallback when DATABASE_URL is unset;
# make it writable for the unprivileged user so that fallback has somewhere to write.
RUN mkdir -p /app/.data && chown node:node /app/.data

USER node
EXPOSE 3000

# Liveness via node itself (slim images have no curl/wget); honours an overridden PORT.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]

CMD ["node", "dist/src/main.js"]
