import { expect, test } from "vitest";

import { newEmail, signUpThroughForm } from "./support/accounts";
import { launchBrowser, openPage, seriousAxeViolations, siteUrl } from "./support/browser";

const PUBLIC_PAGES = ["/", "/learn", "/signin", "/signup", "/no-such-page"];

test("every public page passes axe without serious or critical violations, in both themes", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    for (const theme of ["light", "dark"]) {
      await page.goto(siteUrl("/"));
      await page.evaluate((t) => localStorage.setItem("academy-theme", t), theme);
      for (const path of PUBLIC_PAGES) {
        await page.goto(siteUrl(path));
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        expect({ path, theme, violations: await seriousAxeViolations(page) }).toEqual({ path, theme, violations: [] });
      }
    }
  } finally {
    await browser.close();
  }
});

test("the account page passes axe for a signed-in learner", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await signUpThroughForm(page, newEmail("axe"));
    expect(await seriousAxeViolations(page)).toEqual([]);
  } finally {
    await browser.close();
  }
});

test("the theme toggle switches to dark and the choice survives a reload", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await page.goto(siteUrl("/"));
    await page.evaluate(() => localStorage.setItem("academy-theme", "light"));
    await page.reload();
    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await page.getByRole("button", { name: "Switch to light theme" }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
  } finally {
    await browser.close();
  }
});

test("on a phone-sized screen nothing overflows sideways and the navigation is reachable", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    for (const path of ["/", "/learn", "/signup"]) {
      await page.goto(siteUrl(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Course" }).click();
    await page.waitForURL(siteUrl("/learn"));
  } finally {
    await browser.close();
  }
});

test("the keyboard reaches the skip link first and it moves focus to the content", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await page.goto(siteUrl("/"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    expect(new URL(page.url()).hash).toBe("#main");
  } finally {
    await browser.close();
  }
});
