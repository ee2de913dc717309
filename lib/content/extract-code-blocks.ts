export type FencedBlock = { lang: string; meta: string; code: string; line: number };

const OPEN = /^(\s*)(`{3,})([^`\s]*)\s*(.*)$/;

/**
 * Fenced code blocks of a markdown body in order, including those indented in
 * list items (the indentation of the fence is removed from each line).
 */
export function extractCodeBlocks(body: string): FencedBlock[] {
  const lines = body.replace(/\r\n/g, "\n").split("\n");
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]!);
    if (!open) continue;
    const [, indent = "", fence = "```", lang = "", meta = ""] = open;
    const content: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j]!.trim().startsWith(fence) && lines[j]!.trim().replace(/`/g, "") === "")) {
      const line = lines[j]!;
      content.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
      j++;
    }
    blocks.push({ lang: lang || "text", meta: meta.trim(), code: content.join("\n"), line: i + 1 });
    i = j;
  }
  return blocks;
}
