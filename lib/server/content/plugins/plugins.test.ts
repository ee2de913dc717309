import type { Element, Root } from "hast";
import { expect, test } from "vitest";

import type { Outline } from "./rehype-outline";
import { rehypeCodeBlocks } from "./rehype-code-blocks";
import { rehypeOutline } from "./rehype-outline";

function heading(tag: "h2" | "h3", id: string, text: string): Element {
  return { type: "element", tagName: tag, properties: { id }, children: [{ type: "text", value: text }] };
}

function paragraph(text: string): Element {
  return { type: "element", tagName: "p", properties: {}, children: [{ type: "text", value: text }] };
}

test("the outline lists h2 and h3 headings in order, with the text under each", () => {
  const tree: Root = {
    type: "root",
    children: [paragraph("Intro."), heading("h2", "how-it-works", "How it works"), paragraph("Watch."), heading("h3", "binding", "Binding"), paragraph("Bind.")],
  };
  const outline: Outline = { toc: [], sections: [] };
  rehypeOutline(outline)(tree);
  expect(outline.toc).toEqual([
    { depth: 2, id: "how-it-works", text: "How it works" },
    { depth: 3, id: "binding", text: "Binding" },
  ]);
  expect(outline.sections).toEqual([
    { id: "", heading: "", text: "Intro." },
    { id: "how-it-works", heading: "How it works", text: "Watch." },
    { id: "binding", heading: "Binding", text: "Bind." },
  ]);
});

test("a shell block becomes a CodeBlock with one highlighted pre per command and its meta", async () => {
  const code: Element = {
    type: "element",
    tagName: "code",
    properties: { className: ["language-sh"] },
    data: { meta: "error" } as Element["data"],
    children: [{ type: "text", value: "kubectl get pods\nkubectl get nodes\n" }],
  };
  const tree: Root = { type: "root", children: [{ type: "element", tagName: "pre", properties: {}, children: [code] }] };
  const highlighted: string[] = [];
  async function highlight(text: string): Promise<Root> {
    highlighted.push(text);
    return { type: "root", children: [{ type: "element", tagName: "pre", properties: { className: ["shiki"] }, children: [{ type: "text", value: text }] }] };
  }
  await rehypeCodeBlocks(highlight)(tree);
  const block = tree.children[0] as unknown as { type: string; name: string; attributes: { name: string; value: string }[]; children: unknown[] };
  expect(block.type).toBe("mdxJsxFlowElement");
  expect(block.name).toBe("CodeBlock");
  expect(Object.fromEntries(block.attributes.map((a) => [a.name, a.value]))).toEqual({
    language: "sh",
    meta: "error",
    code: "kubectl get pods\nkubectl get nodes",
    commands: JSON.stringify(["kubectl get pods", "kubectl get nodes"]),
  });
  expect(highlighted).toEqual(["kubectl get pods", "kubectl get nodes"]);
  expect(block.children).toHaveLength(2);
});
