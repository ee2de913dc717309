import type { Element, ElementContent, Root } from "hast";

import { splitCommands } from "@/lib/content/split-commands";

import { hastText, walkHast } from "./hast-walk";

export type Highlight = (code: string, lang: string) => Promise<Root>;

type JsxAttribute = { type: "mdxJsxAttribute"; name: string; value: string };
type JsxFlowElement = { type: "mdxJsxFlowElement"; name: string; attributes: JsxAttribute[]; children: ElementContent[] };

type Found = { pre: Element; parent: { children: unknown[] }; index: number; lang: string; meta: string; code: string };

function languageOf(code: Element): string {
  const classes = code.properties.className;
  const list = Array.isArray(classes) ? classes.map(String) : [];
  const cls = list.find((c) => c.startsWith("language-"));
  return cls ? cls.slice("language-".length) : "text";
}

/**
 * Replaces every fenced code block with a `<CodeBlock>` element of the MDX
 * component map, highlighted at compile time so no highlighter reaches the
 * browser. Shell blocks are highlighted one command per `<pre>` so the
 * component can put a Run button beside each command; the info string's rest
 * (```sh error) travels as `meta`.
 */
export function rehypeCodeBlocks(highlight: Highlight) {
  return async function transform(tree: Root): Promise<void> {
    const found: Found[] = [];
    walkHast(tree, (node, parent, index) => {
      if (node.type !== "element" || node.tagName !== "pre" || !parent) return;
      const code = node.children.find((c): c is Element => c.type === "element" && c.tagName === "code");
      if (!code) return;
      const data = code.data as { meta?: string | null } | undefined;
      const text = hastText(code).replace(/\n$/, "");
      found.push({ pre: node, parent, index, lang: languageOf(code), meta: data?.meta?.trim() ?? "", code: text });
    });
    for (const block of found) {
      const isShell = block.lang === "sh" || block.lang === "bash" || block.lang === "shell";
      const commands = isShell ? splitCommands(block.code) : [];
      const pieces = isShell ? commands : [block.code];
      const children = await Promise.all(pieces.map(async (piece) => (await highlight(piece, block.lang)).children[0] as ElementContent));
      const attributes: JsxAttribute[] = [
        { type: "mdxJsxAttribute", name: "language", value: block.lang },
        { type: "mdxJsxAttribute", name: "meta", value: block.meta },
        { type: "mdxJsxAttribute", name: "code", value: block.code },
      ];
      if (isShell) attributes.push({ type: "mdxJsxAttribute", name: "commands", value: JSON.stringify(commands) });
      const element: JsxFlowElement = { type: "mdxJsxFlowElement", name: "CodeBlock", attributes, children };
      block.parent.children[block.index] = element;
    }
  };
}
