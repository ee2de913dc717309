// The production server: Next's request handler, with /_next/static/ answered from the files
// compressed at build time (lib/static/serve-precompressed.ts) instead of compressing each chunk
// on every request. Started by start.ts; listens on PORT like `next start`.
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { DIST_DIR, staticDirOf } from "./lib/dist-dir";
import { servePrecompressedStatic } from "./lib/static/serve-precompressed";

// Requests still open this long after a stop signal are cut, so a stop never hangs.
const SHUTDOWN_GRACE_MS = 10_000;

// What `next start` sets, before Next and React load: they pick their production builds from
// NODE_ENV (which Next types as read-only, hence the assign).
Object.assign(process.env, { NODE_ENV: "production", NEXT_RUNTIME: "nodejs" });
const { default: next } = await import("next");

const dir = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
const port = Number(process.env.PORT ?? 3000);
const serveStatic = servePrecompressedStatic(path.resolve(dir, staticDirOf(DIST_DIR)));

const server = createServer((req, res) => {
  serveStatic(req, res)
    .then((served) => (served ? undefined : handle(req, res)))
    .catch((error: unknown) => {
      console.error(error);
      if (res.headersSent) res.destroy();
      else {
        res.statusCode = 500;
        res.end("Internal Server Error");
      }
    });
});
const app = next({ dev: false, dir, port, hostname: "localhost", httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();
server.listen(port);

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
  server.close(() => void app.close().finally(() => process.exit(0)));
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
