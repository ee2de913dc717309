/**
 * PURPOSE: `tee` — copy stdin to stdout and to files.
 * MODELS: https://www.gnu.org/software/coreutils/manual/html_node/tee-invocation.html
 * NOT MODELLED: -i, -p.
 */
import type { CommandFn } from "../types";
import { describeFsError } from "../fs";

export const tee: CommandFn = (argv, ctx, io) => {
  const append = argv.includes("-a");
  let status = 0;
  for (const file of argv.filter((a) => !a.startsWith("-"))) {
    const written = ctx.fs.write(file, io.stdin, append);
    if (!written.ok) {
      io.err(`tee: ${file}: ${describeFsError(written.error)}\n`);
      status = 1;
    }
  }
  io.out(io.stdin);
  return status;
};
