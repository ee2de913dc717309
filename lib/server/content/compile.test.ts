import { expect, test } from "vitest";

import { compileMdx } from "./compile";

test("compiling extracts the table of contents with slugged ids and highlights code with both themes", async () => {
  const body = "## Why it exists\n\nText.\n\n### The `pause` container\n\n```sh\nkubectl get pods\n```\n";
  const compiled = await compileMdx(body, "fixture");
  expect(compiled.toc).toEqual([
    { depth: 2, id: "why-it-exists", text: "Why it exists" },
    { depth: 3, id: "the-pause-container", text: "The pause container" },
  ]);
  expect(compiled.code).toContain("--shiki-dark");
  expect(compiled.code).toContain("CodeBlock");
  const again = await compileMdx(body, "fixture");
  expect(again.compileMs).toBe(0);
  expect(again.code).toBe(compiled.code);
});

test("a compile error names the lesson", async () => {
  await expect(compileMdx("<Callout>\n\nunclosed", "07-broken")).rejects.toThrow(/^07-broken: MDX compilation failed/);
});
