import { expect, test } from "vitest";
import { parseCliOptions } from "./options";
import { splitCommandLines } from "./script";

test("options take a value after a space or an equals sign", () => {
  expect(parseCliOptions(["--scenario", "ha", "--seed=7", "--script", "a.sh"])).toEqual({ scenario: "ha", seed: 7, script: "a.sh", help: false });
  expect(parseCliOptions([])).toEqual({ scenario: "default", seed: 1, help: false });
});

test("unknown options, scenarios and bad seeds are reported by name", () => {
  expect(parseCliOptions(["--verbose"])).toEqual({ error: 'unknown option "--verbose"' });
  expect(parseCliOptions(["--scenario", "toString"])).toEqual({ error: 'unknown scenario "toString" (choose from default, single-node, ha, docker)' });
  expect(parseCliOptions(["--seed", "seven"])).toEqual({ error: 'invalid seed "seven" (a whole number)' });
  expect(parseCliOptions(["--script"])).toEqual({ error: "option --script needs a value" });
});

test("a script splits into command lines, here-documents staying with their command", () => {
  const needsMore = (text: string) => text.includes("<<EOF") && !text.endsWith("\nEOF");
  expect(splitCommandLines("# comment\nls\n\ncat <<EOF\na\nEOF\nhostname\n", needsMore)).toEqual(["ls", "cat <<EOF\na\nEOF", "hostname"]);
});
