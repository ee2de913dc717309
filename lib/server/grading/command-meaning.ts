import "server-only";

import { parseCommandLine, parseKubectl } from "@/lib/sim";

/**
 * A command line reduced to what it means, so that two spellings of one command compare equal:
 * kubectl through the simulator's own kubectl parser (command path, resource types, names, flags
 * by long name); other tools token by token with `--flag=value` split and flags in any order.
 */
export type CommandMeaning =
  | { tool: "kubectl"; verb: string; resources: string[]; names: string[]; flags: Record<string, string>; dashArgs: string[] }
  | { tool: string; words: string[]; flags: Record<string, string> };

export type MeaningResult = { ok: true; meanings: CommandMeaning[] } | { ok: false; error: string };

// Selectors are sets of requirements: `a=1,b=2` and `b=2,a=1` select the same objects.
const SET_VALUED = new Set(["selector", "field-selector", "label-columns"]);

function flagText(name: string, value: unknown): string {
  if (Array.isArray(value)) return [...value].map(String).sort().join(" ");
  if (SET_VALUED.has(name) && typeof value === "string") return value.split(",").map((s) => s.trim()).sort().join(",");
  return String(value);
}

function kubectlMeaning(argv: string[]): CommandMeaning | { error: string } {
  const parsed = parseKubectl(argv);
  if (!parsed.ok) return { error: parsed.error };
  const flags: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed.flags)) {
    // The learner's context namespace is `default`; saying so changes nothing.
    if (name === "namespace" && value === "default") continue;
    flags[name] = flagText(name, value);
  }
  return {
    tool: "kubectl",
    verb: parsed.verb,
    resources: [...parsed.resources].sort(),
    names: [...parsed.names].sort(),
    flags,
    dashArgs: parsed.dashArgs,
  };
}

// Flags of docker, crictl and the like that take a value, so `-p 8080:80` is one flag and not a flag and a word.
const VALUE_FLAGS = new Set([
  "name", "p", "publish", "e", "env", "network", "net", "restart", "v", "volume", "l", "label", "n", "namespace",
  "o", "output", "f", "filter", "format", "tail", "u", "user", "w", "workdir", "m", "memory", "cpus", "entrypoint",
  "mount", "hostname", "driver", "subnet", "signal", "time", "pod", "image",
]);

function toolMeaning(argv: string[]): CommandMeaning {
  const [tool = "", ...rest] = argv;
  const words: string[] = [];
  const values = new Map<string, string[]>();
  const add = (name: string, value: string) => values.set(name, [...(values.get(name) ?? []), value]);
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (word === "--") {
      words.push(...rest.slice(i));
      break;
    }
    if (word.startsWith("--") && word.length > 2) {
      const eq = word.indexOf("=");
      const name = eq < 0 ? word.slice(2) : word.slice(2, eq);
      if (eq >= 0) add(name, word.slice(eq + 1));
      else add(name, VALUE_FLAGS.has(name) && i + 1 < rest.length ? rest[++i]! : "");
    } else if (word.startsWith("-") && word.length > 1) {
      // Combined short flags (`-it`); a value flag takes the rest of the word or the next word.
      const shorts = word.slice(1);
      for (let j = 0; j < shorts.length; j++) {
        const name = shorts[j]!;
        if (!VALUE_FLAGS.has(name)) {
          add(name, "");
          continue;
        }
        const inline = shorts.slice(j + 1).replace(/^=/, "");
        add(name, inline !== "" ? inline : i + 1 < rest.length ? rest[++i]! : "");
        break;
      }
    } else words.push(word);
  }
  const flags: Record<string, string> = {};
  for (const [name, list] of values) flags[name] = [...list].sort().join(" ");
  return { tool, words, flags };
}

/** The meaning of each simple command of a line (`a | b` gives two). */
export function commandMeaning(line: string): MeaningResult {
  const parsed = parseCommandLine(line);
  if (!parsed.ok) return { ok: false, error: parsed.message };
  const meanings: CommandMeaning[] = [];
  for (const list of parsed.script) {
    for (const pipeline of [list.first, ...list.rest.map((r) => r.pipeline)]) {
      for (const command of pipeline.commands) {
        const [tool, ...args] = command.argv;
        if (tool === undefined) continue;
        if (tool === "kubectl") {
          const meaning = kubectlMeaning(args);
          if ("error" in meaning) return { ok: false, error: meaning.error };
          meanings.push(meaning);
        } else meanings.push(toolMeaning(command.argv));
      }
    }
  }
  if (meanings.length === 0) return { ok: false, error: "the command line is empty" };
  return { ok: true, meanings };
}

function sameFlags(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}

function sameMeaning(a: CommandMeaning, b: CommandMeaning): boolean {
  if (a.tool !== b.tool || !sameFlags(a.flags, b.flags)) return false;
  if ("verb" in a && "verb" in b) {
    return a.verb === b.verb && a.resources.join() === b.resources.join() && a.names.join() === b.names.join() && a.dashArgs.join("\0") === b.dashArgs.join("\0");
  }
  return "words" in a && "words" in b && a.words.join("\0") === b.words.join("\0");
}

export function sameCommand(a: MeaningResult, b: MeaningResult): boolean {
  return a.ok && b.ok && a.meanings.length === b.meanings.length && a.meanings.every((m, i) => sameMeaning(m, b.meanings[i]!));
}

function flagName(name: string): string {
  return name.length === 1 ? `-${name}` : `--${name}`;
}

function list(values: string[]): string {
  return values.map((v) => `\`${v}\``).join(", ");
}

/** What separates a learner's command from a right one, in words a learner can act on. */
export function describeDifference(given: CommandMeaning, expected: CommandMeaning): string[] {
  if (given.tool !== expected.tool) return [`This runs \`${given.tool}\`; the task needs \`${expected.tool}\`.`];
  const notes: string[] = [];
  if ("verb" in given && "verb" in expected) {
    if (given.verb !== expected.verb) return [`\`kubectl ${given.verb}\` is not the command for this; use \`kubectl ${expected.verb}\`.`];
    if (given.resources.join() !== expected.resources.join()) {
      notes.push(`It acts on ${given.resources.length ? list(given.resources) : "no resource type"}; the task is about ${list(expected.resources)}.`);
    }
    if (given.names.join() !== expected.names.join()) {
      notes.push(`It names ${given.names.length ? list(given.names) : "no object"}; expected ${expected.names.length ? list(expected.names) : "no name"}.`);
    }
    if (given.dashArgs.join(" ") !== expected.dashArgs.join(" ")) notes.push(`The command after \`--\` should be \`${expected.dashArgs.join(" ")}\`.`);
  } else if ("words" in given && "words" in expected && given.words.join(" ") !== expected.words.join(" ")) {
    notes.push(`The arguments should be \`${expected.words.join(" ")}\`, not \`${given.words.join(" ")}\`.`);
  }
  for (const [name, value] of Object.entries(expected.flags)) {
    if (!(name in given.flags)) notes.push(`It is missing ${flagName(name)}${value === "true" || value === "" ? "" : ` (${flagName(name)}=${value})`}.`);
    else if (given.flags[name] !== value) notes.push(`${flagName(name)} is \`${given.flags[name]}\`; it should be \`${value}\`.`);
  }
  for (const name of Object.keys(given.flags)) {
    if (!(name in expected.flags)) notes.push(`${flagName(name)} does not belong in this command.`);
  }
  return notes;
}
