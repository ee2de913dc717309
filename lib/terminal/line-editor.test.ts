import { expect, test } from "vitest";

import { applyKey, completeWord, decodeInput, EMPTY_LINE, type LineState } from "./line-editor";

function typed(text: string): LineState {
  return applyKey(EMPTY_LINE, { kind: "insert", text }, []);
}

test("typing, moving left and inserting puts text at the cursor", () => {
  let s = typed("kubectl get pod");
  s = applyKey(s, { kind: "left" }, []);
  s = applyKey(s, { kind: "left" }, []);
  s = applyKey(s, { kind: "insert", text: "X" }, []);
  expect(s.buffer).toBe("kubectl get pXod");
  expect(s.cursor).toBe(14);
});

test("up and down browse history and give back the unfinished line", () => {
  const history = ["kubectl get nodes", "kubectl get pods"];
  let s = typed("kub");
  s = applyKey(s, { kind: "up" }, history);
  expect(s.buffer).toBe("kubectl get pods");
  s = applyKey(s, { kind: "up" }, history);
  expect(s.buffer).toBe("kubectl get nodes");
  s = applyKey(s, { kind: "up" }, history);
  expect(s.buffer).toBe("kubectl get nodes");
  s = applyKey(s, { kind: "down" }, history);
  s = applyKey(s, { kind: "down" }, history);
  expect(s).toEqual({ buffer: "kub", cursor: 3, historyIndex: null, draft: "" });
});

test("Ctrl-W deletes the word before the cursor", () => {
  expect(applyKey(typed("kubectl get pods"), { kind: "kill-word" }, []).buffer).toBe("kubectl get ");
});

test("tab completes a single candidate with a space and lists several that share nothing more", () => {
  expect(completeWord(typed("kubectl ge"), ["get"]).state.buffer).toBe("kubectl get ");
  expect(completeWord(typed("kubectl de"), ["delete", "describe"]).list).toEqual(["delete", "describe"]);
  expect(completeWord(typed("kubectl d"), ["delete", "describe"]).state.buffer).toBe("kubectl de");
});

test("a paste with CRLF line breaks becomes lines and Enters, and arrows are decoded", () => {
  expect(decodeInput("ls\r\ncat a\r")).toEqual([
    { kind: "insert", text: "ls" },
    { kind: "enter" },
    { kind: "insert", text: "cat a" },
    { kind: "enter" },
  ]);
  expect(decodeInput("\x1b[A\x1b[D\x03")).toEqual([{ kind: "up" }, { kind: "left" }, { kind: "interrupt" }]);
});
