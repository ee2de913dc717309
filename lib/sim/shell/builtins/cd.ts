/**
 * PURPOSE: `cd` and `pwd` in the session's file system.
 * MODELS: https://www.gnu.org/software/bash/manual/html_node/Bourne-Shell-Builtins.html
 * NOT MODELLED: CDPATH, `cd -`.
 */
import type { CommandFn } from "../types";
import { HOME, describeFsError } from "../fs";

export const cd: CommandFn = (argv, ctx, io) => {
  const target = argv[0] ?? HOME;
  const changed = ctx.fs.chdir(target);
  if (!changed.ok) {
    io.err(`bash: cd: ${target}: ${describeFsError(changed.error)}\n`);
    return 1;
  }
  return 0;
};

export const pwd: CommandFn = (_argv, ctx, io) => {
  io.out(`${ctx.fs.cwd()}\n`);
  return 0;
};
