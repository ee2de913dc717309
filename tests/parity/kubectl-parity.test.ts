import { expect, test } from "vitest";
import { PARITY_SCRIPT } from "./commands";
import { documentedReason } from "./documented-differences";
import { formatReport, runParity } from "./parity-harness";
import { hasKubectl, KUBECTL } from "./run-kubectl";

if (!hasKubectl()) console.log(`Skipping the kubectl parity suite: ${KUBECTL} is not installed.`);

test.skipIf(!hasKubectl())("every kubectl command prints the same through the shell as through the real kubectl against the served cluster", async () => {
  const results = await runParity(PARITY_SCRIPT, documentedReason);
  console.log(formatReport(results));
  expect(results.length).toBeGreaterThanOrEqual(150);
  expect(results.filter((r) => !r.identical && !r.documented).map((r) => r.command)).toEqual([]);
});
