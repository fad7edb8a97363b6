# Sidos API image: build once, run the compiled app against DATABASE_URL.
# Node 24 LTS (package.json "engines" and .nvmrc say the same; 22.18+ also works). The build stage also
# installs the `node` devDependency (a Node 24 binary for npm scripts on other machines); prune drops it.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
# A bounded V8 heap keeps the process small under load, and a larger young generation keeps the
# garbage collector from eating the throughput that the bound would cost (RSS about 210 MB in the
# benchmark, which runs the API with these same options). A 150,000-contact CSV export fits.
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 NODE_OPTIONS="--max-old-space-size=224 --max-semi-space-size=32"
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The contract's comments are the served schema's descriptions, read at start.
COPY --from=build /app/contract ./contract
COPY package.json ./
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
