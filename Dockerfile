# One image for web and worker (docker-compose.yml picks the command).
FROM node:20-bookworm-slim AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PRISMA_SKIP_POSTINSTALL_GENERATE=1

FROM base AS build
COPY package.json package-lock.json ./
COPY apps/web/package.json apps/web/
COPY apps/worker/package.json apps/worker/
COPY apps/cli/package.json apps/cli/
COPY packages/core/package.json packages/core/
COPY packages/aws/package.json packages/aws/
COPY packages/db/package.json packages/db/
COPY packages/jobs/package.json packages/jobs/
COPY packages/api/package.json packages/api/
COPY packages/sandbox/package.json packages/sandbox/
RUN npm ci --no-audit --no-fund
COPY . .
# prisma generate needs DATABASE_URL set (it is not contacted). The worker runs as a bundle,
# apps/worker/dist/main.js, built here: its `start` script only runs it.
RUN DATABASE_URL=postgresql://build@localhost:5432/build npm run db:generate \
 && DATABASE_URL=postgresql://build@localhost:5432/build npx turbo run build --filter=@trustwatch/web \
      --filter=@trustwatch/worker

FROM base AS runtime
ENV NODE_ENV=production
COPY --from=build /app /app
EXPOSE 3000
CMD ["npm", "run", "start", "-w", "@trustwatch/web"]
