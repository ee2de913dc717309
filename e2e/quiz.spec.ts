import { expect, test } from "vitest";

import { newEmail, signUpThroughForm } from "./support/accounts";
import { launchBrowser, openPage, seriousAxeViolations, siteUrl } from "./support/browser";
import { answerShownItem } from "./support/quiz-answers";

const SLOW = { timeout: 20_000 };

test("a signed-in learner takes a whole quiz in practice mode, sees feedback on each item, and the progress page shows the score", async () => {
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openPage(browser);
    await signUpThroughForm(page, newEmail("quiz"));
    await page.goto(siteUrl("/learn/pods"));
    await page.getByRole("link", { name: "Take the quiz" }).click();
    await page.waitForURL(siteUrl("/learn/pods/quiz"));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Start in practice mode" }).click();
    await page.getByRole("heading", { name: "Question 1" }).waitFor(SLOW);
    expect(page.url()).toContain("?attempt=");

    const total = Number((await page.locator(".quiz-progress p").innerText()).match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThanOrEqual(12);
    for (let i = 1; i <= total; i++) {
      await page.getByRole("heading", { name: `Question ${i}`, exact: true }).waitFor();
      // After Next, focus lands on the new question's heading for keyboard and screen-reader users.
      if (i > 1) await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("quiz-item-heading");
      await answerShownItem(page);
      await page.getByRole("button", { name: "Check answer" }).click();
      const verdict = page.locator(".quiz-review__verdict");
      await verdict.waitFor(SLOW);
      expect(await verdict.innerText()).toMatch(/^(Correct|Not right|Partly right)/);
      await page.getByRole("link", { name: "Read this in the lesson" }).waitFor();
      if (i === 1) expect(await seriousAxeViolations(page)).toEqual([]);
      if (i < total) await page.getByRole("button", { name: "Next" }).click();
    }
    await page.getByRole("button", { name: "Submit the quiz" }).click();
    const heading = page.getByRole("heading", { name: /Your score: \d+(\.\d)?%/ });
    await heading.waitFor(SLOW);
    const score = (await heading.innerText()).match(/([\d.]+)%/)![1];
    expect(await page.getByRole("table").first().innerText()).toContain("pod");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.goto(siteUrl("/progress"));
    const row = page.getByRole("row", { name: /2\. Pods/ });
    expect(await row.innerText()).toContain(`${score}%`);
    expect(await page.getByRole("heading", { name: "Mastery by concept" }).count()).toBe(1);
    expect(await page.locator("table").nth(1).innerText()).toContain("pod");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: new RegExp(`Pods: ${score.replace(".", "\\.")}%`) }).click();
    await page.getByRole("heading", { name: "Results: Pods" }).waitFor(SLOW);
    expect(consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
}, 300_000);

test("a guest takes a quiz in exam mode: no feedback until submitted, then a score that is not saved", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await page.goto(siteUrl("/learn/etcd/quiz"));
    expect(await page.getByText("they are not saved").count()).toBe(1);
    await page.getByRole("button", { name: "Start in exam mode" }).click();
    await page.getByRole("heading", { name: "Question 1" }).waitFor(SLOW);
    await answerShownItem(page);
    await page.getByRole("button", { name: "Save answer" }).click();
    await page.getByRole("heading", { name: "Question 2", exact: true }).waitFor(SLOW);
    expect(await page.locator(".quiz-review").count()).toBe(0);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Submit the quiz" }).click();
    await page.getByRole("heading", { name: /Your score/ }).waitFor(SLOW);
    expect(await page.getByText(/1 answered/).count()).toBe(1);
  } finally {
    await browser.close();
  }
}, 120_000);
