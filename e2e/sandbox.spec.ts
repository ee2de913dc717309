import type { Page } from "playwright-core";
import { expect, test } from "vitest";

import { launchBrowser, openPage, seriousAxeViolations, siteUrl } from "./support/browser";

// Pages that load the simulator take a few seconds to answer on a busy machine.
const SLOW = { timeout: 20_000 };

async function openSandbox(page: Page, path = "/sandbox"): Promise<void> {
  await page.goto(siteUrl(path));
  await page.getByRole("region", { name: "Sandbox terminal" }).waitFor();
}

async function typeInTerminal(page: Page, command: string): Promise<void> {
  await page.locator(".xterm-helper-textarea").focus();
  await page.keyboard.type(command);
  await page.keyboard.press("Enter");
}

function terminalText(page: Page): Promise<string> {
  return page.locator(".xterm-rows").innerText();
}

async function webPodChips(page: Page): Promise<string[]> {
  const names = await page.getByRole("list", { name: /^Pods on / }).getByRole("button").allInnerTexts();
  return names.map((n) => n.split(/\s+/)[0]!).filter((n) => n.startsWith("web-")).sort();
}

test("a command longer than the terminal is wide is echoed once, wrapped", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser, { viewport: { width: 420, height: 800 } });
    await openSandbox(page);
    const long = "kubectl create deployment wide-one --image=nginx --replicas=2 --port=80";
    await typeInTerminal(page, long);
    await expect.poll(() => terminalText(page), SLOW).toContain("deployment.apps/wide-one created");
    const echoed = (await terminalText(page)).replace(/\n/g, "");
    expect(echoed.split("--replicas=2").length - 1).toBe(1);
  } finally {
    await browser.close();
  }
});

test("commands typed into the sandbox terminal answer like kubectl", async () => {
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openPage(browser);
    await openSandbox(page);
    await typeInTerminal(page, "kubectl get nodes");
    await expect.poll(() => terminalText(page), SLOW).toContain("NAME           STATUS   ROLES           AGE   VERSION");
    await typeInTerminal(page, "kubectl get pods -n nope");
    await expect.poll(() => terminalText(page), SLOW).toContain("No resources found in nope namespace.");
    expect(consoleErrors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test("the cluster view follows kubectl scale, and a reload keeps the cluster", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await openSandbox(page);
    await typeInTerminal(page, "kubectl create deployment web --image=nginx --replicas=2");
    await expect.poll(() => webPodChips(page).then((p) => p.length), { timeout: 20_000 }).toBe(2);
    await typeInTerminal(page, "kubectl scale deployment web --replicas=4");
    await expect.poll(() => webPodChips(page).then((p) => p.length), { timeout: 20_000 }).toBe(4);
    const before = await webPodChips(page);
    await page.reload();
    await page.getByRole("region", { name: "Sandbox terminal" }).waitFor();
    await expect.poll(() => webPodChips(page), { timeout: 20_000 }).toEqual(before);
  } finally {
    await browser.close();
  }
});

test("a share link opens the same cluster in another browser", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await openSandbox(page);
    await typeInTerminal(page, "kubectl create deployment web --image=nginx --replicas=3");
    await expect.poll(() => webPodChips(page).then((p) => p.length), { timeout: 20_000 }).toBe(3);
    await page.getByRole("button", { name: "Create share link" }).click();
    const link = await page.getByLabel(/^Share link/).inputValue();
    const pods = await webPodChips(page);

    const { page: other } = await openPage(browser);
    await other.goto(link);
    await other.getByRole("region", { name: "Sandbox terminal" }).waitFor();
    await expect.poll(() => webPodChips(other), { timeout: 20_000 }).toEqual(pods);
  } finally {
    await browser.close();
  }
});

test("screen reader mode runs commands from a labelled field into a plain log", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await openSandbox(page);
    await page.getByLabel("Screen reader mode").check();
    await page.getByLabel(/^Command \(/).fill("kubectl version");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await expect.poll(() => page.getByRole("log").innerText(), SLOW).toContain("Server Version: v1.33");
  } finally {
    await browser.close();
  }
});

test("the sandbox passes axe, with the cluster view showing", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await openSandbox(page);
    await page.getByRole("heading", { name: "Cluster" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  } finally {
    await browser.close();
  }
});

test("kubectl get pods -w streams changes until Ctrl-C", async () => {
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await openSandbox(page);
    await typeInTerminal(page, "kubectl create deployment web --image=nginx --replicas=2");
    await typeInTerminal(page, "kubectl get pods -w");
    // Pods start as ContainerCreating and the watch prints a new row for each change.
    await expect.poll(async () => (await terminalText(page)).match(/web-\S+\s+1\/1\s+Running/g)?.length ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await page.keyboard.press("Control+C");
    await expect.poll(() => terminalText(page), SLOW).toContain("^C");
    // After Ctrl-C the prompt takes commands again.
    await typeInTerminal(page, "kubectl get deployment web");
    await expect.poll(() => terminalText(page), SLOW).toContain("NAME   READY   UP-TO-DATE   AVAILABLE   AGE");
  } finally {
    await browser.close();
  }
});
