import { expect, test } from "vitest";
import { tokenize } from "./tokenize";
import { isIncomplete, parseScript } from "./parse";

function words(line: string): string[] {
  const result = tokenize(line);
  if (!result.ok) throw new Error(result.message);
  return result.tokens.map((t) => (t.kind === "word" ? t.value : t.kind === "op" ? `<${t.value}>` : `<<${t.body}`));
}

test("single and double quotes group words and are removed", () => {
  expect(words(`kubectl run web --image='nginx:1.27' --labels="app=web, tier=a"`)).toEqual([
    "kubectl",
    "run",
    "web",
    "--image=nginx:1.27",
    "--labels=app=web, tier=a",
  ]);
});

test("backslash escapes a space and a quote outside quotes", () => {
  expect(words(`echo a\\ b \\"c`)).toEqual(["echo", "a b", '"c']);
});

test("inside double quotes a backslash only escapes quote, backslash and dollar", () => {
  expect(words(`echo "a\\"b\\n"`)).toEqual(["echo", 'a"b\\n']);
});

test("adjacent quoted parts join into one word", () => {
  expect(words(`echo '{.items[*]}'"{\\"\\n\\"}"`)).toEqual(["echo", '{.items[*]}{"\\n"}']);
});

test("operators split words even without spaces", () => {
  expect(words("a|b&&c;d>f>>g<h")).toEqual(["a", "<|>", "b", "<&&>", "c", "<;>", "d", "<>>", "f", "<>>>", "g", "<<>", "h"]);
});

test("2> is a redirection only when the 2 stands alone", () => {
  expect(words("cmd 2>/dev/null x2>y")).toEqual(["cmd", "<2>>", "/dev/null", "x2", "<>>", "y"]);
});

test("an unterminated single quote is reported as incomplete", () => {
  expect(tokenize("echo 'abc")).toEqual({ ok: false, incomplete: true, message: "unexpected EOF while looking for matching `''" });
});

test("an unterminated double quote is reported as incomplete", () => {
  expect(tokenize('echo "abc')).toEqual({ ok: false, incomplete: true, message: "unexpected EOF while looking for matching `\"'" });
});

test("a heredoc body spans the following lines up to the delimiter", () => {
  expect(words("cat <<EOF > web.yaml\napiVersion: v1\nkind: Pod\nEOF\necho done")).toEqual([
    "cat",
    "<<apiVersion: v1\nkind: Pod\n",
    "<>>",
    "web.yaml",
    "<\n>",
    "echo",
    "done",
  ]);
});

test("a quoted heredoc delimiter is unquoted and the body kept verbatim", () => {
  expect(words("cat <<'EOF'\n$HOME 'x'\nEOF")).toEqual(["cat", "<<$HOME 'x'\n", "<\n>"]);
});

test("<<- strips leading tabs from body lines and the delimiter line", () => {
  expect(words("cat <<-END\n\tindented\n\tEND")).toEqual(["cat", "<<indented\n", "<\n>"]);
});

test("a heredoc without its delimiter is incomplete", () => {
  expect(isIncomplete("kubectl apply -f - <<EOF\napiVersion: v1")).toBe(true);
  expect(isIncomplete("kubectl apply -f - <<EOF\napiVersion: v1\nEOF")).toBe(false);
});

test("a trailing pipe asks for more input", () => {
  expect(isIncomplete("kubectl get pods |")).toBe(true);
});

test("a comment runs to the end of the line", () => {
  expect(words("echo hi # not this")).toEqual(["echo", "hi"]);
});

test("the parser builds and-or lists of pipelines with redirections", () => {
  const parsed = parseScript("kubectl get pods | grep web > out.txt && echo ok; echo next");
  expect(parsed).toEqual({
    ok: true,
    script: [
      {
        first: {
          commands: [
            { argv: ["kubectl", "get", "pods"], redirects: [] },
            { argv: ["grep", "web"], redirects: [{ op: ">", target: "out.txt" }] },
          ],
        },
        rest: [{ op: "&&", pipeline: { commands: [{ argv: ["echo", "ok"], redirects: [] }] } }],
      },
      { first: { commands: [{ argv: ["echo", "next"], redirects: [] }] }, rest: [] },
    ],
  });
});

test("a redirection without a target is a syntax error", () => {
  expect(parseScript("echo >")).toEqual({ ok: false, incomplete: false, message: "syntax error near unexpected token `newline'" });
});

test("a leading pipe is a syntax error", () => {
  expect(parseScript("| grep x")).toEqual({ ok: false, incomplete: false, message: "syntax error near unexpected token `|'" });
});
