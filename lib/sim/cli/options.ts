/**
 * PURPOSE: the options of `npm run sim`, parsed without touching the process, so they can be tested.
 * MODELS: no Kubernetes component; GNU-style `--name value` and `--name=value` options.
 * NOT MODELLED: short options.
 */
import { SCENARIOS } from "../scenarios/definitions";

export type CliOptions = { scenario: string; seed: number; script?: string; help: boolean };

export const CLI_USAGE = `Usage: npm run sim -- [--scenario NAME] [--seed N] [--script FILE]

Runs the simulated cluster's shell.
  With a terminal and no --script: an interactive shell (Tab completes, Ctrl-C stops a watch,
  Ctrl-D or exit leaves); virtual time runs with the wall clock.
  With --script FILE, or commands on standard input: runs one command line per line and prints
  "$ <command>" then its output; virtual time moves only with sleep N and sim advance.

Options:
  --scenario NAME   ${Object.keys(SCENARIOS).join(", ")} (default: default)
  --seed N          seed of the cluster's randomness, a whole number (default: 1)
  --script FILE     the command lines to run
  --help            this text
`;

export function parseCliOptions(argv: readonly string[]): CliOptions | { error: string } {
  const options: CliOptions = { scenario: "default", seed: 1, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      options.help = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    if (name !== "--scenario" && name !== "--seed" && name !== "--script") {
      return { error: arg.startsWith("-") ? `unknown option "${arg}"` : `unexpected argument "${arg}"` };
    }
    const value = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "") return { error: `option ${name} needs a value` };
    if (name === "--scenario") {
      if (!Object.hasOwn(SCENARIOS, value)) return { error: `unknown scenario "${value}" (choose from ${Object.keys(SCENARIOS).join(", ")})` };
      options.scenario = value;
    } else if (name === "--seed") {
      if (!/^\d+$/.test(value)) return { error: `invalid seed "${value}" (a whole number)` };
      options.seed = Number(value);
    } else {
      options.script = value;
    }
  }
  return options;
}
