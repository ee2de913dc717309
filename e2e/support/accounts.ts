import { randomBytes } from "node:crypto";

import type { Page, Response } from "playwright-core";

import { siteUrl } from "./browser";

export const PASSWORD = "correct horse battery";

export function newEmail(label: string): string {
  return `${label}-${randomBytes(4).toString("hex")}@example.com`;
}

function at(base: string | undefined, pathname: string): string {
  return base ? `${base}${pathname}` : siteUrl(pathname);
}

/** Signs up through the form of the shared test site, or of the site at `base`. */
export async function signUpThroughForm(page: Page, email: string, name = "Test Learner", base?: string): Promise<void> {
  await page.goto(at(base, "/signup"));
  await page.getByLabel("Name (optional)").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(at(base, "/account"));
}

/** Submits the sign-in form and resolves with next-auth's answer to the credentials post. */
export async function signInThroughForm(page: Page, email: string, password = PASSWORD, base?: string): Promise<Response> {
  await page.goto(at(base, "/signin"));
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  const answer = page.waitForResponse((r) => r.url().endsWith("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Sign in" }).click();
  return answer;
}

/** The text of the sign-in or sign-up form's error, once it is shown. */
export async function formErrorText(page: Page): Promise<string> {
  const error = page.locator(".form__error");
  await error.waitFor();
  return (await error.textContent()) ?? "";
}
