/**
 * PURPOSE: the `--dry-run=none|client|server` flag shared by mutating commands.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/conventions/#kubectl-apply (dry run)
 * NOT MODELLED: the deprecated bare `--dry-run` boolean form.
 */
import { KubectlError } from "./command";
import { flagString, type FlagSpec, type ParsedFlags } from "./flags";

export const DRY_RUN_FLAG: FlagSpec = { name: "dry-run", type: "string" };

export function dryRunOf(flags: ParsedFlags): "none" | "client" | "server" {
  const value = flagString(flags, "dry-run", "none");
  if (value === "none" || value === "client" || value === "server") return value;
  throw new KubectlError(`Invalid dry-run value (${value}). Must be "none", "server", or "client".`);
}
