import type { Page } from "playwright-core";
import { expect, test } from "vitest";

import { newEmail, signUpThroughForm } from "./support/accounts";
import { launchBrowser, openPage, seriousAxeViolations, siteUrl } from "./support/browser";

const SLOW = { timeout: 30_000 };

async function typeInTerminal(page: Page, command: string): Promise<void> {
  await page.locator(".xterm-helper-textarea").focus();
  await page.keyboard.type(command);
  await page.keyboard.press("Enter");
}

test("a learner does a lab: the checks fail with reasons, then pass once the work is done, and progress shows it", async () => {
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openPage(browser);
    await signUpThroughForm(page, newEmail("lab"));
    await page.goto(siteUrl("/labs"));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Run nginx and put a Service in front of it" }).click();
    await page.getByRole("region", { name: "Lab terminal" }).waitFor(SLOW);

    await page.getByRole("button", { name: "Check my work" }).click();
    const verdict = page.locator("#lab-result-heading");
    await expect.poll(() => verdict.innerText().catch(() => ""), SLOW).toMatch(/^Not yet: \d+ of \d+ checks fail/);
    expect(await page.locator(".lab-check__reason").count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Reveal the model solution" }).click();
    expect(await page.locator(".lab-solution__commands").innerText()).toContain("kubectl");

    await page.getByRole("button", { name: /^Show hint 1 of \d+$/ }).click();
    expect(await page.locator(".lab-hints li").count()).toBe(1);

    await typeInTerminal(page, "kubectl create deployment web --image=nginx --replicas=2");
    await typeInTerminal(page, "kubectl expose deployment web --port=80");
    await typeInTerminal(page, "sleep 30");
    await expect.poll(() => page.locator(".xterm-rows").innerText(), SLOW).toContain("service/web exposed");
    await page.getByRole("button", { name: "Check my work" }).click();
    await expect.poll(() => verdict.innerText().catch(() => ""), SLOW).toBe("Lab passed: every check holds.");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(siteUrl("/progress"));
    expect(await page.getByRole("row", { name: /Run nginx and put a Service in front of it/ }).innerText()).toContain("Passed");
    expect(consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
}, 300_000);
