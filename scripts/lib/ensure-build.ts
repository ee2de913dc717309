import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { DIST_DIR, staticDirOf } from "./dist-dir";
import { describePrecompression, precompressStatic } from "./precompress-static";

const require = createRequire(import.meta.url);
const SOURCES = [
  "app",
  "components",
  "lib",
  "content",
  "prisma/schema.prisma",
  "next.config.mjs",
  "package-lock.json",
  "tsconfig.json",
  // Part of the build too: which static files get a .br and .gz, and how.
  "scripts/lib/precompress-static.ts",
  "scripts/lib/static/static-file-types.ts",
];
const SKIP = new Set(["node_modules", "generated", "testdata"]);
const STAMP = path.join(DIST_DIR, "academy-source-stamp");

async function collect(entry: string, out: string[]): Promise<void> {
  const info = await stat(entry).catch(() => null);
  if (!info) return;
  if (info.isFile()) {
    out.push(`${entry}:${info.size}:${info.mtimeMs}`);
    return;
  }
  for (const child of await readdir(entry)) {
    if (!SKIP.has(child) && !child.endsWith(".test.ts")) await collect(path.join(entry, child), out);
  }
}

/** A fingerprint of everything the production build depends on. */
async function sourceStamp(): Promise<string> {
  const files: string[] = [];
  for (const source of SOURCES) await collect(source, files);
  return createHash("sha256").update(files.sort().join("\n")).digest("hex");
}

function runNextBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`))));
  });
}

/** Builds the site unless the last build was made from exactly these sources. */
export async function ensureProductionBuild(log: (line: string) => void): Promise<void> {
  const stamp = await sourceStamp();
  const previous = await readFile(STAMP, "utf8").catch(() => "");
  if (previous === stamp && existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
    log("Production build is up to date.");
    return;
  }
  log("Building the site (next build)…");
  await runNextBuild();
  // Before the stamp: a build interrupted while compressing is built again next time.
  log(describePrecompression(await precompressStatic(staticDirOf(DIST_DIR))));
  await writeFile(STAMP, stamp);
}
