/**
 * PURPOSE: `rm` — remove files (and directories with -r).
 * MODELS: https://www.gnu.org/software/coreutils/manual/html_node/rm-invocation.html
 * NOT MODELLED: prompts (-i), preserve-root.
 */
import type { CommandFn } from "../types";

export const rm: CommandFn = (argv, ctx, io) => {
  const flags = argv.filter((a) => a.startsWith("-") && a !== "-").join("");
  const force = flags.includes("f");
  const recursive = /[rR]/.test(flags) || argv.includes("--recursive");
  const targets = argv.filter((a) => !a.startsWith("-") || a === "-");
  if (targets.length === 0 && !force) {
    io.err("rm: missing operand\nTry 'rm --help' for more information.\n");
    return 1;
  }
  let status = 0;
  for (const target of targets) {
    const removed = ctx.fs.remove(target, recursive);
    if (removed.ok) continue;
    if (removed.error === "ENOENT" && force) continue;
    io.err(`rm: cannot remove '${target}': ${removed.error === "EISDIR" ? "Is a directory" : "No such file or directory"}\n`);
    status = 1;
  }
  return status;
};
