import type { Element, ElementContent, Nodes, Root, RootContent } from "hast";

import type { LessonSection, TocEntry } from "@/lib/content/lesson-outline";

import { hastText } from "./hast-walk";

export type Outline = { toc: TocEntry[]; sections: LessonSection[] };

function headingDepth(node: RootContent | ElementContent): 2 | 3 | null {
  if (node.type !== "element") return null;
  if (node.tagName === "h2") return 2;
  if (node.tagName === "h3") return 3;
  return null;
}

/**
 * Collects h2/h3 headings (ids come from rehype-slug, which must run first) and
 * the text under each, into `outline`. Headings sit at the top level of a
 * lesson, so only the root's children are headings worth listing.
 */
export function rehypeOutline(outline: Outline) {
  return function transform(tree: Root): void {
    let current: LessonSection = { id: "", heading: "", text: "" };
    const texts: string[] = [];
    function flush(): void {
      current.text = texts.join(" ").replace(/\s+/g, " ").trim();
      if (current.id !== "" || current.text !== "") outline.sections.push(current);
      texts.length = 0;
    }
    for (const node of tree.children) {
      const depth = headingDepth(node);
      if (depth !== null) {
        const heading = node as Element;
        const id = typeof heading.properties.id === "string" ? heading.properties.id : "";
        const text = hastText(heading).trim();
        flush();
        outline.toc.push({ depth, id, text });
        current = { id, heading: text, text: "" };
      } else {
        texts.push(hastText(node as Nodes));
      }
    }
    flush();
  };
}
