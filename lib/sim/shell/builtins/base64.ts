/**
 * PURPOSE: `base64` and `base64 -d`: encode stdin or a file (lines wrapped at 76 columns), or decode it, as
 * learners do with Secret data (`kubectl get secret s -o jsonpath='{.data.password}' | base64 -d`).
 * MODELS: https://www.gnu.org/software/coreutils/manual/html_node/base64-invocation.html
 * NOT MODELLED: binary data (text is UTF-8), --ignore-garbage.
 */
import { decodeBase64, encodeBase64 } from "../../core/base64";
import type { CommandFn } from "../types";
import { readInputs } from "./input";

export const base64: CommandFn = (argv, ctx, io) => {
  let decode = false;
  let wrap = 76;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-d" || a === "--decode" || a === "-D") decode = true;
    else if (a === "-w" || a === "--wrap") wrap = Number(argv[++i] ?? "76");
    else if (a.startsWith("--wrap=")) wrap = Number(a.slice("--wrap=".length));
    else if (/^-w\d+$/.test(a)) wrap = Number(a.slice(2));
    else if (a.startsWith("-") && a !== "-") {
      io.err(`base64: invalid option -- '${a.replace(/^-+/, "")}'\nTry 'base64 --help' for more information.\n`);
      return 1;
    } else files.push(a);
  }
  if (files.length > 1) {
    io.err(`base64: extra operand '${files[1]}'\nTry 'base64 --help' for more information.\n`);
    return 1;
  }
  const { inputs, failed } = readInputs("base64", files, ctx, io);
  if (failed) return 1;
  const text = inputs.map((i) => i.text).join("");
  if (decode) {
    const compact = text.replace(/\s+/g, "");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
      io.err("base64: invalid input\n");
      return 1;
    }
    io.out(decodeBase64(compact));
    return 0;
  }
  const encoded = encodeBase64(text);
  if (encoded === "") return 0;
  const lines = wrap > 0 ? (encoded.match(new RegExp(`.{1,${wrap}}`, "g")) ?? []) : [encoded];
  io.out(`${lines.join("\n")}\n`);
  return 0;
};
