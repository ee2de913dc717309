import { parse } from "csv-parse/sync";
import { expect, test } from "vitest";

import { csvField, csvRow } from "./csv";

test("fields with commas, quotes and line breaks are quoted and read back unchanged", () => {
  const cells = ['say "hi"', "a,b", "two\nlines", "plain", ""];
  const text = csvRow(cells) + csvRow(["x", "y", "z", "w", "v"]);
  expect(text.endsWith("\r\n")).toBe(true);
  expect(parse(text)).toEqual([cells, ["x", "y", "z", "w", "v"]]);
});

test("text that a spreadsheet would run as a formula is neutralized; numbers are not", () => {
  expect(csvField("=HYPERLINK(\"http://x\")")).toBe('"\'=HYPERLINK(""http://x"")"');
  expect(csvField("+1")).toBe("'+1");
  expect(csvField("-rm")).toBe("'-rm");
  expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
  expect(csvField("\tx")).toBe("'\tx");
  expect(csvField(-5)).toBe("-5");
  expect(csvField(0.25)).toBe("0.25");
});

test("empty values, booleans and dates have one spelling", () => {
  expect(csvRow([null, undefined, true, false, new Date("2026-01-02T03:04:05Z"), Number.NaN])).toBe(",,true,false,2026-01-02T03:04:05.000Z,\r\n");
});
