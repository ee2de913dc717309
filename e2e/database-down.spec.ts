import { spawn } from "node:child_process";

import { encode } from "next-auth/jwt";
import { expect, test } from "vitest";

import { findFreePort } from "../scripts/lib/embedded-postgres";
import { productionServerArgs } from "../scripts/lib/production-server";
import { launchBrowser, openPage } from "./support/browser";

const SECRET = "database-down-test-secret-0123456789";

test("with the database unreachable, health says 503 with a reason and pages show a friendly error", async () => {
  const port = await findFreePort();
  const closedPort = await findFreePort();
  const child = spawn(process.execPath, productionServerArgs(), {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${closedPort}/nowhere`,
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
  });
  const base = `http://localhost:${port}`;
  const browser = await launchBrowser();
  try {
    for (let i = 0; i < 200; i++) {
      if (await fetch(`${base}/`).then(() => true, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    const body = (await health.json()) as { status: string; database: string; reason: string };
    expect(body.status).toBe("error");
    expect(body.database).toBe("unreachable");
    expect(body.reason.startsWith("The database did not answer: ")).toBe(true);

    expect((await fetch(`${base}/`)).status).toBe(200);

    // A signed-in visitor's account page needs the database.
    const token = await encode({ token: { sub: "someone", email: "someone@example.com" }, secret: SECRET });
    const { page, context } = await openPage(browser);
    await context.addCookies([{ name: "next-auth.session-token", value: token, url: base }]);
    const response = await page.goto(`${base}/account`);
    expect(response?.status()).toBe(500);
    await page.getByRole("heading", { name: "Something went wrong on our side" }).waitFor();
    const text = await page.locator("body").innerText();
    expect(text).not.toContain("ECONNREFUSED");
    expect(text).not.toContain("Error:");
    await page.getByRole("button", { name: "Try again" }).waitFor();
  } finally {
    await browser.close();
    child.kill("SIGTERM");
  }
});
