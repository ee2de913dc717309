import type { Page } from "playwright-core";

/** Answers the item on screen with whatever its widget offers first: every widget gets used. */
export async function answerShownItem(page: Page): Promise<void> {
  const form = page.locator(".quiz-player form");
  if ((await form.locator('input[type="radio"]').count()) > 0) {
    await form.locator('input[type="radio"]').first().check();
  } else if ((await form.locator('input[type="checkbox"]').count()) > 0) {
    await form.locator('input[type="checkbox"]').first().check();
  } else if ((await form.locator("select").count()) > 0) {
    for (const select of await form.locator("select").all()) await select.selectOption({ index: 1 });
  } else if ((await form.getByLabel("Your command").count()) > 0) {
    await form.getByLabel("Your command").fill("kubectl run web --image=nginx --restart=Never");
  } else {
    await form.getByRole("button", { name: "Move step 2 up" }).click();
  }
}
