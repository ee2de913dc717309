import { expect, test } from "vitest";

import { clearInput, leaveInput, renderInput } from "./render-line";

test("a short line is redrawn on its row with the cursor moved to its place", () => {
  expect(renderInput({ prompt: "$ ", buffer: "kubectl", cursor: 3, cols: 80, cursorRow: 0 })).toEqual({
    sequence: "\r\x1b[J$ kubectl\r\x1b[5C",
    cursorRow: 0,
  });
});

test("a line that wraps is cleared from its first row and the cursor lands on the right row", () => {
  // 10 columns: "$ " + 15 characters covers rows 0 and 1; the cursor at index 3 is on row 0, column 5.
  expect(renderInput({ prompt: "$ ", buffer: "abcdefghijklmno", cursor: 3, cols: 10, cursorRow: 1 })).toEqual({
    sequence: "\x1b[1A\r\x1b[J$ abcdefghijklmno\x1b[1A\r\x1b[5C",
    cursorRow: 0,
  });
});

test("a line that exactly fills its rows steps onto the next row before positioning", () => {
  expect(renderInput({ prompt: "$ ", buffer: "abcdefgh", cursor: 8, cols: 10, cursorRow: 0 })).toEqual({
    sequence: "\r\x1b[J$ abcdefgh \b\r",
    cursorRow: 1,
  });
});

test("clearing and leaving a wrapped input account for every row it covers", () => {
  expect(clearInput(2)).toEqual({ sequence: "\x1b[2A\r\x1b[J", cursorRow: 0 });
  expect(leaveInput({ prompt: "$ ", buffer: "abcdefghijklmnopqrstuvw", cols: 10, cursorRow: 0 })).toBe("\x1b[2B\r\n");
});
