import { expect, test } from "vitest";

import { newEmail, signInThroughForm, signUpThroughForm } from "./support/accounts";
import { launchBrowser, openPage } from "./support/browser";
import { removeDataDir, startSite } from "./support/server";

// Two full start-ups (database, migrations, build check, server) take a while on a busy machine.
test("an account created on the embedded database is still there after SIGTERM and a new start", { timeout: 300_000 }, async () => {
  const email = newEmail("restart");
  // Embedded mode on a fresh data folder, whatever database the rest of the run uses.
  const first = await startSite({ env: { DATABASE_URL: undefined, NEXTAUTH_SECRET: undefined } });
  const browser = await launchBrowser();
  try {
    expect(first.output()).toContain("Embedded mode: the first account created becomes an administrator.");
    const { page } = await openPage(browser);
    await signUpThroughForm(page, email, "First Admin", first.url);
    expect(await page.locator("dl.details .badge").textContent()).toBe("admin");
    expect(await first.stop()).toBe(0);
    expect(first.output()).toContain("[academy] Stopped.");

    const second = await startSite({ dataDir: first.dataDir, env: { DATABASE_URL: undefined, NEXTAUTH_SECRET: undefined } });
    try {
      const { page: again } = await openPage(browser);
      await signInThroughForm(again, email, undefined, second.url);
      await again.waitForURL(`${second.url}/account`);
      expect(await again.locator("dl.details").textContent()).toContain(email);
    } finally {
      await second.stop();
    }
  } finally {
    await browser.close();
    await first.stop();
    await removeDataDir(first.dataDir);
  }
});
