import { inject, expect, test } from "vitest";

import { newEmail, signUpThroughForm } from "./support/accounts";
import { launchBrowser, openPage, seriousAxeViolations, siteUrl } from "./support/browser";
import { answerShownItem } from "./support/quiz-answers";

const SLOW = { timeout: 20_000 };

test("a learner takes a short interview assessment to its report, rates their open answer, and finds it in their history", async () => {
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openPage(browser);
    await signUpThroughForm(page, newEmail("interview"));
    await page.getByRole("link", { name: "Interview", exact: true }).click();
    await page.getByRole("heading", { name: "Interview self-assessment" }).waitFor(SLOW);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Start a short assessment" }).click();
    await page.getByRole("heading", { name: "Question 1", exact: true }).waitFor(SLOW);
    expect(await page.getByRole("timer").innerText()).toMatch(/^(10:00|9:[0-5]\d)$/);
    expect(await seriousAxeViolations(page)).toEqual([]);

    for (let i = 1; i <= 8; i++) {
      await page.getByRole("heading", { name: `Question ${i}`, exact: true }).waitFor(SLOW);
      await answerShownItem(page);
      await page.getByRole("button", { name: "Save answer" }).click();
      expect(await page.locator(".quiz-review").count()).toBe(0);
    }
    await page.getByRole("heading", { name: "Explain it: question 9" }).waitFor(SLOW);
    await page.getByLabel("Your answer, as you would say it in the interview").fill("The API server is the only component that talks to etcd; controllers reconcile through it.");
    await page.getByRole("button", { name: "Save answer" }).click();
    await page.getByText("Answer saved.").waitFor(SLOW);
    await page.getByRole("button", { name: "Submit the assessment" }).click();

    await page.getByRole("heading", { name: /Your score: [\d.]+% · (Ready|Almost ready|Not ready yet)/ }).waitFor(SLOW);
    expect(await page.getByText("How the verdict is decided.").count()).toBe(1);
    expect(await page.getByRole("heading", { name: "By module" }).count()).toBe(1);
    const modules = await page.getByRole("table").first().innerText();
    for (const title of ["Foundations", "The control plane", "Nodes", "Networking", "Operations", "Interview preparation"]) expect(modules).toContain(title);
    expect(await page.getByText("This is your first assessment.").count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);

    for (const group of await page.locator(".self-rating__point").all()) await group.getByLabel("Covered").check();
    await page.getByRole("button", { name: "Save my self-assessment" }).click();
    await page.getByText("Self-assessment saved: 100% of the key points.").waitFor(SLOW);

    await page.goto(siteUrl("/progress"));
    const history = page.getByRole("heading", { name: "Interview assessments" });
    await history.waitFor(SLOW);
    expect(await page.locator("section", { has: history }).getByRole("row").count()).toBe(2);
    expect(await page.getByText(/Review cards due each day for the next 7 days/).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
}, 300_000);

test("a learner reviews the two cards due today; the header counts them down and the review page passes an axe scan", async () => {
  // The cards are arranged through the data layer, answered three days ago, so they are due now.
  process.env.DATABASE_URL = inject("siteDatabaseUrl");
  const { findUserForSignIn } = await import("@/lib/server/data/users/find-user-for-sign-in");
  const { addToReview } = await import("@/lib/server/review/add-to-review");
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openPage(browser);
    const email = newEmail("review");
    await signUpThroughForm(page, email);
    const account = await findUserForSignIn({ email });
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    await addToReview({
      userId: account!.user.id,
      source: "quiz",
      graded: [
        { itemId: "pod-containers-share-localhost", score: 0, correct: false },
        { itemId: "pods-create-run-command", score: 1, correct: true },
      ],
      now: threeDaysAgo,
    });

    await page.goto(siteUrl("/review"));
    expect(await page.getByRole("link", { name: "Review, 2 cards due today" }).count()).toBe(1);
    await page.getByRole("heading", { name: "Card 1", exact: true }).waitFor(SLOW);
    expect(await seriousAxeViolations(page)).toEqual([]);
    for (let i = 1; i <= 2; i++) {
      await page.getByRole("heading", { name: `Card ${i}`, exact: true }).waitFor(SLOW);
      if (i > 1) await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("review-card-heading");
      await answerShownItem(page);
      await page.getByRole("button", { name: "Check answer" }).click();
      await page.locator(".quiz-review__verdict").waitFor(SLOW);
      expect(await page.locator(".review-schedule").innerText()).toMatch(/^Rated (Again|Hard|Good); next review on /);
      if (i === 1) expect(await seriousAxeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: i === 1 ? "Next card" : "Finish" }).click();
    }
    await page.getByRole("heading", { name: "All caught up" }).waitFor(SLOW);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("review-done-heading");

    await page.goto(siteUrl("/progress"));
    expect(await page.getByRole("link", { name: "Review, 0 cards due today" }).count()).toBe(1);
    expect(await page.getByText(/Review streak: 1 day in a row/).count()).toBe(1);
    await page.goto(siteUrl("/review"));
    expect(await page.getByText("No cards are due today.").count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
}, 300_000);
