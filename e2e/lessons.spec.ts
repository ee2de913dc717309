import type { Page } from "playwright-core";
import { expect, test } from "vitest";

import { listLessons } from "@/lib/server/content/list-lessons";

import { newEmail, signUpThroughForm } from "./support/accounts";
import { launchBrowser, openPage, seriousAxeViolations, siteUrl } from "./support/browser";

// Pages that load the simulator take a few seconds to answer on a busy machine.
const SLOW = { timeout: 20_000 };

function lessonStatus(page: Page, slug: string): Promise<string> {
  return page.locator(`[data-lesson="${slug}"] .status`).innerText();
}

test("every lesson page renders without console errors and passes axe, in both themes", async () => {
  const lessons = await listLessons();
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openPage(browser);
    for (const theme of ["light", "dark"]) {
      await page.goto(siteUrl("/learn"));
      await page.evaluate((t) => localStorage.setItem("academy-theme", t), theme);
      for (const { frontmatter: l } of lessons) {
        await page.goto(siteUrl(`/learn/${l.slug}`));
        await page.getByRole("heading", { level: 1, name: l.title }).waitFor();
        await page.getByRole("navigation", { name: "On this page" }).waitFor();
        expect({ slug: l.slug, theme, violations: await seriousAxeViolations(page) }).toEqual({ slug: l.slug, theme, violations: [] });
      }
    }
    expect(consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
}, 900_000);

test("an unknown lesson is a 404", async () => {
  const response = await fetch(siteUrl("/learn/no-such-lesson"));
  expect(response.status).toBe(404);
});

test("search from the header finds a lesson section and links to its heading", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await page.goto(siteUrl("/"));
    const search = page.getByRole("search", { name: "Search lessons" });
    await search.getByLabel("Search lessons").fill("quorum");
    await search.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(siteUrl("/search?q=quorum"));
    const first = page.locator(".search-results a").first();
    expect(await first.getAttribute("href")).toMatch(/^\/learn\/etcd#/);
    expect(await seriousAxeViolations(page)).toEqual([]);
  } finally {
    await browser.close();
  }
});

test("a learner marks a lesson done and the course map shows it, then undoes it", async () => {
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openPage(browser);
    await signUpThroughForm(page, newEmail("progress"));
    await page.goto(siteUrl("/learn"));
    expect(await lessonStatus(page, "etcd")).toBe("Not started");
    await page.goto(siteUrl("/learn/etcd"));
    await page.getByRole("button", { name: "Mark as done" }).click();
    await page.getByRole("button", { name: "Mark as not done" }).waitFor();
    await page.goto(siteUrl("/learn"));
    expect(await lessonStatus(page, "etcd")).toBe("Done");
    await page.goto(siteUrl("/learn/scheduler"));
    await page.goto(siteUrl("/learn"));
    expect(await lessonStatus(page, "scheduler")).toBe("In progress");
    await page.goto(siteUrl("/learn/etcd"));
    await page.getByRole("button", { name: "Mark as not done" }).click();
    await page.getByRole("button", { name: "Mark as done" }).waitFor();
    await page.goto(siteUrl("/learn"));
    expect(await lessonStatus(page, "etcd")).toBe("In progress");
    expect(consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test("a guest's done lessons are merged into the account they create", async () => {
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openPage(browser);
    await page.goto(siteUrl("/learn/kubelet"));
    await page.getByRole("button", { name: "Mark as done" }).click();
    await page.getByRole("button", { name: "Mark as not done" }).waitFor();
    await page.goto(siteUrl("/learn"));
    await expect.poll(() => lessonStatus(page, "kubelet"), SLOW).toBe("Done");
    await signUpThroughForm(page, newEmail("guest"));
    await page.goto(siteUrl("/learn"));
    await expect.poll(async () => (await page.locator(".course-progress").innerText()).trim(), { timeout: 15_000 }).toContain("finished 1 of");
    expect(await lessonStatus(page, "kubelet")).toBe("Done");
    expect(await page.evaluate(() => localStorage.getItem("academy-guest-progress"))).toBeNull();
    expect(consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test("a lesson's Run button types the command into the lesson terminal, which answers", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await page.goto(siteUrl("/learn/pods"));
    await page.getByRole("region", { name: "Lesson terminal" }).waitFor();
    await page.getByRole("button", { name: "Run kubectl run mypod --image=nginx in the terminal" }).click();
    await expect.poll(() => page.locator(".xterm-rows").innerText(), SLOW).toContain("pod/mypod created");
    await page.getByRole("button", { name: "Run kubectl get pods in the terminal" }).first().click();
    await expect.poll(() => page.locator(".xterm-rows").innerText(), SLOW).toContain("mypod");
  } finally {
    await browser.close();
  }
});
