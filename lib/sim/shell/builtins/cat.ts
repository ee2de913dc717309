/**
 * PURPOSE: `cat` — concatenate files or stdin; with a redirection it writes manifests (`cat > web.yaml <<EOF`).
 * MODELS: https://www.gnu.org/software/coreutils/manual/html_node/cat-invocation.html
 * NOT MODELLED: -n, -A and the other formatting options.
 */
import type { CommandFn } from "../types";
import { readInputs } from "./input";

export const cat: CommandFn = (argv, ctx, io) => {
  const files = argv.filter((a) => a === "-" || !a.startsWith("-"));
  const { inputs, failed } = readInputs("cat", files, ctx, io);
  for (const input of inputs) io.out(input.text);
  return failed ? 1 : 0;
};
