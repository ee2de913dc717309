import { expect, test } from "vitest";

import { formErrorText, newEmail, PASSWORD, signInThroughForm, signUpThroughForm } from "./support/accounts";
import { launchBrowser, openPage, siteUrl } from "./support/browser";

test("a visitor signs up, sees their account, signs out and signs in again", async () => {
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openPage(browser);
    const email = newEmail("journey");
    await page.goto(siteUrl("/"));
    await page.getByRole("link", { name: "Sign up" }).click();
    await page.waitForURL(siteUrl("/signup"));
    await signUpThroughForm(page, email, "Grace");

    const details = page.locator("dl.details");
    expect(await details.textContent()).toContain(email);
    expect(await page.getByRole("banner").textContent()).toContain("Signed in as Grace");

    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(siteUrl("/"));
    await page.getByRole("banner").getByRole("link", { name: "Sign in" }).waitFor();

    await signInThroughForm(page, email);
    await page.waitForURL(siteUrl("/account"));
    expect(await details.textContent()).toContain(email);
    expect(consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test("a wrong password gets the generic message and does not sign in", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    const email = newEmail("wrongpw");
    await signUpThroughForm(page, email);
    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(siteUrl("/"));

    const answer = await signInThroughForm(page, email, "not the password");
    expect(answer.status()).toBe(401);
    expect(await formErrorText(page)).toBe("Invalid email or password.");
    expect(new URL(page.url()).pathname).toBe("/signin");
  } finally {
    await browser.close();
  }
});

test("sign-up with a malformed email and a short password shows a message beside each field", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await page.goto(siteUrl("/signup"));
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByText("Enter a valid email address, like name@example.com.").waitFor();
    expect(await page.locator("#field-password-error").textContent()).toBe("Use at least 10 characters.");
    expect(await page.getByLabel("Email").getAttribute("aria-invalid")).toBe("true");
  } finally {
    await browser.close();
  }
});

test("after five wrong passwords for one email, sign-in answers 429 with a retry time", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    const email = newEmail("throttled");
    await signUpThroughForm(page, email);
    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(siteUrl("/"));

    for (let i = 0; i < 5; i++) {
      const answer = await signInThroughForm(page, email, `wrong password ${i}`);
      expect(answer.status()).toBe(401);
    }
    const response = await signInThroughForm(page, email, PASSWORD);
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(800);
    expect(await formErrorText(page)).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
  } finally {
    await browser.close();
  }
});

test("the account page asks a visitor to sign in first", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await page.goto(siteUrl("/account"));
    await page.waitForURL((url) => url.pathname === "/signin");
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
  } finally {
    await browser.close();
  }
});

test("health answers 200 with the database reachable", async () => {
  const response = await fetch(siteUrl("/api/health"));
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
});
