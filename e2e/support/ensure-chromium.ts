import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
}

/** Browser tests use Debian's Chromium; install it when we may, else say exactly what is missing. */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (!canInstallWithApt()) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. Install Debian's "chromium" package (sudo apt-get install -y chromium) ` +
        "or set CHROMIUM_PATH to a Chromium binary, then run the tests again.",
    );
  }
  process.stdout.write("Installing Debian's chromium package for the browser tests…\n");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
  } catch {
    execFileSync("apt-get", ["update"], { stdio: "inherit", env });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed chromium but ${CHROMIUM_PATH} is still missing.`);
  return CHROMIUM_PATH;
}
