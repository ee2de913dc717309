import { Marked } from "marked";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

// Raw HTML is shown as text and links go only to web or site addresses: feedback can quote what a learner typed.
const markdown = new Marked({
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    link({ href, text }) {
      return /^(https?:\/\/|\/|#)/.test(href) ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
    },
  },
});

/** Markdown of quiz items and feedback (inline code, emphasis, links). */
export function Markdown({ text, block = false }: { text: string; block?: boolean }) {
  if (block) return <div className="markdown" dangerouslySetInnerHTML={{ __html: markdown.parse(text) as string }} />;
  return <span dangerouslySetInnerHTML={{ __html: markdown.parseInline(text) as string }} />;
}
