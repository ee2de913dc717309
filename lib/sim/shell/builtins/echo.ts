/**
 * PURPOSE: bash's `echo` builtin (`-n` drops the newline, `-e` interprets escapes).
 * MODELS: https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-echo
 * NOT MODELLED: octal and hex escapes.
 */
import type { CommandFn } from "../types";

export const echo: CommandFn = (argv, _ctx, io) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < argv.length && /^-[neE]+$/.test(argv[i]); i++) {
    for (const f of argv[i].slice(1)) {
      if (f === "n") newline = false;
      else if (f === "e") escapes = true;
      else escapes = false;
    }
  }
  let text = argv.slice(i).join(" ");
  if (escapes) text = text.replace(/\\([ntr\\])/g, (_m, c: string) => ({ n: "\n", t: "\t", r: "\r", "\\": "\\" })[c] ?? c);
  io.out(newline ? `${text}\n` : text);
  return 0;
};
