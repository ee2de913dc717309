import "server-only";

import { createHash } from "node:crypto";

import type { Root } from "hast";
import { createHighlighterCore, type HighlighterCore } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";

// Both themes are emitted as CSS variables (--shiki-light, --shiki-dark) and
// app/globals.css picks one from the site's data-theme attribute, so the theme
// toggle recolours code without re-rendering. The "-default" GitHub themes keep
// comments above 4.5:1 contrast on their own backgrounds.
export const CODE_THEMES = { light: "github-light-default", dark: "github-dark-default" } as const;

const LANGUAGE_ALIASES: Record<string, string> = { sh: "shellscript", bash: "shellscript", shell: "shellscript", yml: "yaml" };
const HIGHLIGHTED = new Set(["shellscript", "yaml", "json"]);

const globalForShiki = globalThis as unknown as {
  academyHighlighter?: Promise<HighlighterCore>;
  academyHighlightCache?: Map<string, Root>;
};

function getHighlighter(): Promise<HighlighterCore> {
  globalForShiki.academyHighlighter ??= createHighlighterCore({
    themes: [import("shiki/themes/github-light-default.mjs"), import("shiki/themes/github-dark-default.mjs")],
    langs: [import("shiki/langs/shellscript.mjs"), import("shiki/langs/yaml.mjs"), import("shiki/langs/json.mjs")],
    engine: createJavaScriptRegexEngine(),
  });
  return globalForShiki.academyHighlighter;
}

/** The shiki language for a fence's info word; unknown languages are shown as plain text. */
export function resolveLanguage(lang: string): string {
  const resolved = LANGUAGE_ALIASES[lang] ?? lang;
  return HIGHLIGHTED.has(resolved) ? resolved : "text";
}

/**
 * A highlighted `<pre class="shiki">` tree for the code, cached by a hash of
 * language and text: the same command appears in many lessons, and a server
 * process compiles each lesson again whenever its content changes.
 */
export async function highlightCode(code: string, lang: string): Promise<Root> {
  const language = resolveLanguage(lang);
  const key = createHash("sha256").update(`${language}\0${code}`).digest("hex");
  const cache = (globalForShiki.academyHighlightCache ??= new Map<string, Root>());
  const hit = cache.get(key);
  if (hit) return structuredClone(hit);
  const highlighter = await getHighlighter();
  const tree = highlighter.codeToHast(code, { lang: language, themes: CODE_THEMES, defaultColor: false }) as Root;
  cache.set(key, tree);
  return structuredClone(tree);
}
