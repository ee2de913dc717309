import { readFile } from "node:fs/promises";

import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";

import { newEmail, signUpThroughForm } from "./support/accounts";
import { launchBrowser, openPage, seriousAxeViolations, siteUrl } from "./support/browser";
import { answerShownItem } from "./support/quiz-answers";
import { setRoleFromCommandLine } from "./support/roles";

const SLOW = { timeout: 20_000 };

async function finishQuizInPracticeMode(page: Page, slug: string): Promise<string> {
  await page.goto(siteUrl(`/learn/${slug}/quiz`));
  await page.getByRole("button", { name: "Start in practice mode" }).click();
  await page.getByRole("heading", { name: "Question 1" }).waitFor(SLOW);
  const total = Number((await page.locator(".quiz-progress p").innerText()).match(/of (\d+)/)![1]);
  for (let i = 1; i <= total; i++) {
    await page.getByRole("heading", { name: `Question ${i}`, exact: true }).waitFor();
    await answerShownItem(page);
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.locator(".quiz-review__verdict").waitFor(SLOW);
    if (i < total) await page.getByRole("button", { name: "Next" }).click();
  }
  await page.getByRole("button", { name: "Submit the quiz" }).click();
  const heading = page.getByRole("heading", { name: /Your score: \d+(\.\d)?%/ });
  await heading.waitFor(SLOW);
  return (await heading.innerText()).match(/([\d.]+)%/)![1]!;
}

async function axeInBothThemes(page: Page): Promise<string[]> {
  const light = await seriousAxeViolations(page);
  await page.evaluate(() => {
    document.documentElement.dataset.theme = "dark";
  });
  const dark = await seriousAxeViolations(page);
  return [...light.map((v) => `light: ${v}`), ...dark.map((v) => `dark: ${v}`)];
}

test("an instructor creates a cohort, a learner joins by link and finishes a quiz, and the instructor sees it on the dashboard and in the CSV", async () => {
  const browser = await launchBrowser();
  try {
    const instructorEmail = newEmail("instructor");
    const teacher = await openPage(browser);
    await signUpThroughForm(teacher.page, instructorEmail, "Ingrid Instructor");
    expect(await setRoleFromCommandLine(instructorEmail, "instructor")).toContain("is now instructor");

    await teacher.page.goto(siteUrl("/account"));
    await teacher.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Instructor" }).click();
    await teacher.page.getByRole("heading", { name: "Your cohorts" }).waitFor(SLOW);
    await teacher.page.getByLabel("Cohort name").fill("Platform team, spring");
    await teacher.page.getByRole("checkbox", { name: "Pods", exact: true }).check();
    await teacher.page.getByRole("checkbox", { name: "etcd, the cluster's memory" }).check();
    await teacher.page.getByRole("button", { name: "Create cohort" }).click();
    await teacher.page.waitForURL(/\/instructor\/cohorts\/[a-z0-9]+$/, SLOW);
    const dashboardUrl = teacher.page.url();
    const joinLink = await teacher.page.locator("dd code").innerText();
    expect(joinLink).toMatch(/\/cohorts\/join\?code=[A-Z2-9]{8}$/);

    const learnerEmail = newEmail("member");
    const learner = await openPage(browser);
    await signUpThroughForm(learner.page, learnerEmail, "Lea Learner");
    await learner.page.goto(siteUrl(new URL(joinLink).pathname + new URL(joinLink).search));
    await learner.page.getByRole("button", { name: "Join cohort" }).click();
    await learner.page.waitForURL(siteUrl("/cohorts"), SLOW);
    await learner.page.getByRole("row", { name: /Platform team, spring/ }).waitFor(SLOW);
    const score = await finishQuizInPracticeMode(learner.page, "pods");

    await learner.page.goto(siteUrl("/instructor"));
    expect(await learner.page.getByRole("heading", { name: "Not for your account" }).count()).toBe(1);
    const cohortId = new URL(dashboardUrl).pathname.split("/").pop()!;
    expect((await learner.page.request.get(siteUrl(`/api/cohorts/${cohortId}`))).status()).toBe(403);
    expect((await learner.page.goto(siteUrl(`/instructor/cohorts/${cohortId}`)))!.status()).toBe(403);

    await teacher.page.goto(dashboardUrl);
    const row = teacher.page.locator(".roster-table tbody tr", { hasText: "Lea Learner" });
    await row.waitFor(SLOW);
    expect(await row.innerText()).toContain(`${score}%`);
    expect(await teacher.page.getByRole("heading", { name: "Mastery by concept" }).count()).toBe(1);
    expect(await teacher.page.locator(".heatmap").innerText()).toContain(String(Math.round(Number(score))));
    await teacher.page.getByLabel("Filter by name or email").fill("nobody-matches");
    expect(await teacher.page.getByText("Showing 0 of 1 learners.").count()).toBe(1);
    await teacher.page.getByLabel("Filter by name or email").fill("");
    expect(await axeInBothThemes(teacher.page)).toEqual([]);

    const download = teacher.page.waitForEvent("download");
    await teacher.page.getByRole("link", { name: "Responses CSV" }).first().click();
    const file = await (await download).path();
    const rows = parse(await readFile(file!, "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.every((r) => r.email === learnerEmail && r.quiz === "pods")).toBe(true);

    await teacher.page.goto(`${dashboardUrl}/quizzes?quiz=pods`);
    await teacher.page.getByRole("heading", { name: "Quiz items: Pods" }).waitFor(SLOW);
    expect(await teacher.page.getByText("(1 attempts)").count()).toBe(1);
    expect(await seriousAxeViolations(teacher.page)).toEqual([]);

    await teacher.page.goto(dashboardUrl);
    await teacher.page.getByRole("link", { name: "Lea Learner" }).first().click();
    await teacher.page.getByRole("heading", { name: "Lea Learner" }).waitFor(SLOW);
    await teacher.page.getByRole("link", { name: "Pods" }).last().click();
    await teacher.page.getByRole("heading", { name: "Lea Learner: Pods" }).waitFor(SLOW);
    expect(teacher.consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
}, 300_000);
