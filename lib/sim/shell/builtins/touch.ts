/**
 * PURPOSE: `touch` — create empty files.
 * MODELS: https://www.gnu.org/software/coreutils/manual/html_node/touch-invocation.html
 * NOT MODELLED: timestamps.
 */
import type { CommandFn } from "../types";
import { describeFsError } from "../fs";

export const touch: CommandFn = (argv, ctx, io) => {
  let status = 0;
  for (const target of argv.filter((a) => !a.startsWith("-"))) {
    const written = ctx.fs.write(target, "", true);
    if (!written.ok) {
      io.err(`touch: cannot touch '${target}': ${describeFsError(written.error)}\n`);
      status = 1;
    }
  }
  return status;
};
