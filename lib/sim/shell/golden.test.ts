// Golden transcripts: each testdata/*.txt file is a session replayed from a fresh cluster
// (scenario and seed on its first line). Formats follow the references cited in the printers:
// kubectl tables (https://kubernetes.io/docs/reference/kubectl/#output-options), describe,
// crictl (https://kubernetes.io/docs/tasks/debug/debug-cluster/crictl/) and docker
// (https://docs.docker.com/reference/cli/docker/container/ls/).
// Regenerate with UPDATE_GOLDEN=1 and review the diff by eye against the real tools' formats.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { createCluster } from "../index";
import { createShell } from "./index";

const DIR = join(import.meta.dirname, "testdata");

type Block = { command: string };

function parseHeader(text: string): { scenario: string; seed: number } {
  const m = /^# scenario: (\S+) seed: (\d+)/.exec(text);
  if (!m) throw new Error("golden file must start with '# scenario: NAME seed: N'");
  return { scenario: m[1], seed: Number(m[2]) };
}

function commandsOf(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith("$ ")) continue;
    let command = lines[i].slice(2);
    // a command ending in a heredoc opener carries its body lines, marked with "> "
    while (i + 1 < lines.length && lines[i + 1].startsWith("> ")) command += `\n${lines[++i].slice(2)}`;
    blocks.push({ command });
  }
  return blocks;
}

function render(header: string, scenario: string, seed: number, blocks: Block[]): string {
  const cluster = createCluster({ scenario, seed });
  const shell = createShell({ cluster });
  let out = `${header}\n`;
  for (const { command } of blocks) {
    const [first, ...rest] = command.split("\n");
    out += `\n$ ${first}\n${rest.map((l) => `> ${l}\n`).join("")}`;
    const r = shell.run(command);
    out += r.stdout;
    if (r.stdout !== "" && !r.stdout.endsWith("\n")) out += "\n--- no newline at end of stdout\n";
    if (r.stderr !== "") out += `--- stderr\n${r.stderr}${r.stderr.endsWith("\n") ? "" : "\n"}`;
    out += `--- exit ${r.exitCode}\n`;
  }
  return out;
}

for (const file of readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort()) {
  test(`golden transcript ${file} replays byte for byte`, () => {
    const path = join(DIR, file);
    const text = readFileSync(path, "utf8");
    const header = text.split("\n")[0];
    const { scenario, seed } = parseHeader(text);
    const actual = render(header, scenario, seed, commandsOf(text));
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual);
    else expect(actual).toBe(text);
  });
}
