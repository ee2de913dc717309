import type { Nodes, Parents } from "hast";

/** Depth-first walk with the parent and index, enough for our plugins without another dependency. */
export function walkHast(
  node: Nodes,
  visit: (node: Nodes, parent: Parents | null, index: number) => void,
  parent: Parents | null = null,
  index = 0,
): void {
  visit(node, parent, index);
  if ("children" in node) {
    const children = node.children as Nodes[];
    for (let i = 0; i < children.length; i++) walkHast(children[i]!, visit, node as Parents, i);
  }
}

/** The concatenated text of a subtree (what hast-util-to-string does). */
export function hastText(node: Nodes): string {
  if (node.type === "text") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(hastText).join("");
  return "";
}
