// Sandbox page weight and start-up: the JavaScript its HTML loads (gzipped), what is
// loaded on demand afterwards (terminal, engine), and the time from navigation to a
// ready prompt, median of several loads. Needs a production build (npm run build).
// Usage: npx tsx bench/sandbox-load.ts [--runs 7]
import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";

import { chromium } from "playwright-core";

import { findFreePort } from "../scripts/lib/embedded-postgres";
import { productionServerArgs } from "../scripts/lib/production-server";
import { median } from "./lib/bench-support";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 7;


async function main(): Promise<void> {
  const port = await findFreePort();
  const server = spawn(process.execPath, productionServerArgs(), {
    env: { ...process.env, PORT: String(port), NEXTAUTH_SECRET: "bench-secret-0123456789abcdef", DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://127.0.0.1:1/none" },
    stdio: "ignore",
  });
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 200 && !(await fetch(base).then(() => true, () => false)); i++) await new Promise((r) => setTimeout(r, 100));

  const html = await (await fetch(`${base}/sandbox`)).text();
  const initialScripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!))];
  let initialGzip = 0;
  for (const src of initialScripts) initialGzip += gzipSync(Buffer.from(await (await fetch(base + src)).arrayBuffer())).length;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const readyTimes: number[] = [];
  let onDemandGzip = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const later: Promise<number>[] = [];
    page.on("response", (r) => {
      const path = new URL(r.url()).pathname;
      if (i === 0 && path.endsWith(".js") && !initialScripts.includes(path)) later.push(r.body().then((b) => gzipSync(b).length, () => 0));
    });
    const start = Date.now();
    await page.goto(`${base}/sandbox`);
    await page.waitForFunction(() => document.querySelector(".xterm-rows")?.textContent?.includes("$"));
    readyTimes.push(Date.now() - start);
    if (i === 0) onDemandGzip = (await Promise.all(later)).reduce((a, b) => a + b, 0);
    await context.close();
  }
  await browser.close();
  server.kill();

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`first-load JavaScript of /sandbox (gzipped, ${initialScripts.length} files): ${kb(initialGzip)}`);
  console.log(`loaded on demand (terminal, engine, gzipped): ${kb(onDemandGzip)}`);
  console.log(`navigation to ready prompt, median of ${runs}: ${median(readyTimes)} ms (min ${Math.min(...readyTimes)}, max ${Math.max(...readyTimes)})`);
}

await main();
