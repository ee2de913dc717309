import { expect, test } from "vitest";
import { parseCliOptions } from "./options";
import { splitCommandLines } from "./script";

test("options take a value after a space or an equals sign", () => {
  const defaults = { scenario: "default", seed: 1, help: false, k8sVersion: "1.33", serve: false, port: 6443, kubeconfigOut: "sim.kubeconfig", speed: 1 };
  expect(parseCliOptions(["--scenario", "ha", "--seed=7", "--script", "a.sh"])).toEqual({ ...defaults, scenario: "ha", seed: 7, script: "a.sh" });
  expect(parseCliOptions([])).toEqual(defaults);
  expect(parseCliOptions(["--serve", "--port=7443", "--k8s-version", "v1.32", "--speed", "0", "--kubeconfig-out", "k.yaml"])).toEqual({ ...defaults, serve: true, port: 7443, k8sVersion: "1.32", speed: 0, kubeconfigOut: "k.yaml" });
});

test("unknown options, scenarios and bad seeds are reported by name", () => {
  expect(parseCliOptions(["--verbose"])).toEqual({ error: 'unknown option "--verbose"' });
  expect(parseCliOptions(["--scenario", "toString"])).toEqual({ error: 'unknown scenario "toString" (choose from default, single-node, ha, docker)' });
  expect(parseCliOptions(["--seed", "seven"])).toEqual({ error: 'invalid seed "seven" (a whole number)' });
  expect(parseCliOptions(["--script"])).toEqual({ error: "option --script needs a value" });
  expect(parseCliOptions(["--k8s-version", "1.20"])).toEqual({ error: 'unknown Kubernetes version "1.20" (choose from 1.33, 1.32)' });
  expect(parseCliOptions(["--serve", "--script", "a.sh"])).toEqual({ error: "--serve and --script cannot be combined" });
});

test("a script splits into command lines, here-documents staying with their command", () => {
  const needsMore = (text: string) => text.includes("<<EOF") && !text.endsWith("\nEOF");
  expect(splitCommandLines("# comment\nls\n\ncat <<EOF\na\nEOF\nhostname\n", needsMore)).toEqual(["ls", "cat <<EOF\na\nEOF", "hostname"]);
});
