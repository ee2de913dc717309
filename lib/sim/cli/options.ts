/**
 * PURPOSE: the options of `npm run sim`, parsed without touching the process, so they can be tested.
 * MODELS: no Kubernetes component; GNU-style `--name value` and `--name=value` options.
 * NOT MODELLED: short options.
 */
import { findRelease, RELEASES, DEFAULT_K8S_VERSION } from "../api/releases";
import { SCENARIOS } from "../scenarios/definitions";

export type CliOptions = {
  scenario: string;
  seed: number;
  script?: string;
  help: boolean;
  /** the emulated release, `1.33` or `1.32` */
  k8sVersion: string;
  /** serve the Kubernetes API over HTTP instead of running the shell */
  serve: boolean;
  port: number;
  kubeconfigOut: string;
  /** virtual seconds per wall-clock second while serving; 0 stops virtual time */
  speed: number;
};

export const DEFAULT_KUBECONFIG_OUT = "sim.kubeconfig";

export const CLI_USAGE = `Usage: npm run sim -- [--scenario NAME] [--seed N] [--k8s-version V] [--script FILE]
       npm run sim -- --serve [--port N] [--kubeconfig-out FILE] [--speed X] [--scenario NAME] [--seed N] [--k8s-version V]

Runs the simulated cluster's shell.
  With a terminal and no --script: an interactive shell (Tab completes, Ctrl-C stops a watch,
  Ctrl-D or exit leaves); virtual time runs with the wall clock.
  With --script FILE, or commands on standard input: runs one command line per line and prints
  "$ <command>" then its output; virtual time moves only with sleep N and sim advance.
With --serve: serves the cluster's Kubernetes API on http://127.0.0.1:PORT and writes a kubeconfig
  for it, so the real kubectl works against it (KUBECONFIG=FILE kubectl get pods); Ctrl-C stops.

Options:
  --scenario NAME       ${Object.keys(SCENARIOS).join(", ")} (default: default)
  --seed N              seed of the cluster's randomness, a whole number (default: 1)
  --k8s-version V       the emulated Kubernetes release: ${Object.keys(RELEASES).join(", ")} (default: ${DEFAULT_K8S_VERSION})
  --script FILE         the command lines to run
  --serve               serve the Kubernetes API over HTTP
  --port N              the port to serve on (default: 6443)
  --kubeconfig-out FILE where to write the kubeconfig (default: ${DEFAULT_KUBECONFIG_OUT})
  --speed X             virtual seconds per real second while serving (default: 1; 0 stops the clock)
  --help                this text
`;

const VALUED = new Set(["--scenario", "--seed", "--script", "--k8s-version", "--port", "--kubeconfig-out", "--speed"]);

function setValue(options: CliOptions, name: string, value: string): string | undefined {
  switch (name) {
    case "--scenario":
      if (!Object.hasOwn(SCENARIOS, value)) return `unknown scenario "${value}" (choose from ${Object.keys(SCENARIOS).join(", ")})`;
      options.scenario = value;
      return undefined;
    case "--seed":
      if (!/^\d+$/.test(value)) return `invalid seed "${value}" (a whole number)`;
      options.seed = Number(value);
      return undefined;
    case "--k8s-version": {
      const release = findRelease(value);
      if (!release) return `unknown Kubernetes version "${value}" (choose from ${Object.keys(RELEASES).join(", ")})`;
      options.k8sVersion = release.minorVersion;
      return undefined;
    }
    case "--port":
      if (!/^\d+$/.test(value) || Number(value) > 65535) return `invalid port "${value}"`;
      options.port = Number(value);
      return undefined;
    case "--speed":
      if (!/^\d+(\.\d+)?$/.test(value)) return `invalid speed "${value}" (a number, 0 or more)`;
      options.speed = Number(value);
      return undefined;
    case "--kubeconfig-out":
      options.kubeconfigOut = value;
      return undefined;
    default:
      options.script = value;
      return undefined;
  }
}

export function parseCliOptions(argv: readonly string[]): CliOptions | { error: string } {
  const options: CliOptions = { scenario: "default", seed: 1, help: false, k8sVersion: DEFAULT_K8S_VERSION, serve: false, port: 6443, kubeconfigOut: DEFAULT_KUBECONFIG_OUT, speed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      options.help = true;
      continue;
    }
    if (arg === "--serve") {
      options.serve = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUED.has(name)) {
      return { error: arg.startsWith("-") ? `unknown option "${arg}"` : `unexpected argument "${arg}"` };
    }
    const value = eq > 0 && arg.startsWith("--") ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "") return { error: `option ${name} needs a value` };
    const error = setValue(options, name, value);
    if (error) return { error };
  }
  if (options.serve && options.script !== undefined) return { error: "--serve and --script cannot be combined" };
  return options;
}
