/**
 * PURPOSE: `mkdir` (with -p) in the session's file system.
 * MODELS: https://www.gnu.org/software/coreutils/manual/html_node/mkdir-invocation.html
 * NOT MODELLED: modes (-m).
 */
import type { CommandFn } from "../types";
import { describeFsError } from "../fs";

export const mkdir: CommandFn = (argv, ctx, io) => {
  const parents = argv.includes("-p") || argv.includes("--parents");
  const targets = argv.filter((a) => !a.startsWith("-"));
  if (targets.length === 0) {
    io.err("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
    return 1;
  }
  let status = 0;
  for (const target of targets) {
    const made = ctx.fs.mkdir(target, parents);
    if (!made.ok) {
      io.err(`mkdir: cannot create directory ‘${target}’: ${describeFsError(made.error)}\n`);
      status = 1;
    }
  }
  return status;
};
