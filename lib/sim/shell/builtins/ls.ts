/**
 * PURPOSE: `ls` — list the session's files, one name per line as when output is not a terminal.
 * MODELS: https://www.gnu.org/software/coreutils/manual/html_node/ls-invocation.html
 * NOT MODELLED: column layout, -l long format details (sizes only), hidden-file rules beyond `-a`.
 */
import type { CommandFn } from "../types";

export const ls: CommandFn = (argv, ctx, io) => {
  const flags = argv.filter((a) => a.startsWith("-")).join("");
  const all = flags.includes("a");
  const long = flags.includes("l");
  const targets = argv.filter((a) => !a.startsWith("-"));
  let status = 0;
  const paths = targets.length === 0 ? ["."] : targets;
  paths.forEach((path, index) => {
    const listed = ctx.fs.list(path);
    if (!listed.ok) {
      io.err(`ls: cannot access '${path}': No such file or directory\n`);
      status = 2;
      return;
    }
    if (paths.length > 1 && ctx.fs.isDir(path)) io.out(`${index > 0 ? "\n" : ""}${path}:\n`);
    const entries = listed.value.filter((e) => all || !e.name.startsWith("."));
    for (const entry of entries) {
      if (!long) {
        io.out(`${entry.name}\n`);
        continue;
      }
      const full = ctx.fs.isDir(path) ? `${path}/${entry.name}` : path;
      const read = ctx.fs.read(full);
      const size = read.ok ? read.value.length : 4096;
      io.out(`${entry.dir ? "drwxr-xr-x 2" : "-rw-r--r-- 1"} root root ${String(size).padStart(5)} Jan  1 00:00 ${entry.name}\n`);
    }
  });
  return status;
};
