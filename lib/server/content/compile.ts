import "server-only";

import { createHash } from "node:crypto";

import { bundleMDX } from "mdx-bundler";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";

import type { LessonSection, TocEntry } from "@/lib/content/lesson-outline";

import { highlightCode } from "./highlight";
import { rehypeCodeBlocks } from "./plugins/rehype-code-blocks";
import { rehypeOutline, type Outline } from "./plugins/rehype-outline";

export type CompiledLesson = {
  /** The function body mdx-bundler produced, for getMDXComponent. */
  code: string;
  toc: TocEntry[];
  sections: LessonSection[];
  /** sha256 of the MDX body: the cache key. */
  hash: string;
  /** Milliseconds the compilation took (0 when it came from the cache). */
  compileMs: number;
};

// One compilation per lesson body per process: every request to a lesson page
// renders the layout (which reads the session), so the page itself cannot be
// served from the static cache, but the MDX work can.
const globalForLessons = globalThis as unknown as { academyCompiled?: Map<string, Promise<CompiledLesson>> };

function hashOf(source: string): string {
  return createHash("sha256").update(source).digest("hex");
}

/** Compiles an MDX body (no frontmatter) with the course's plugins. Errors carry the lesson name. */
export async function compileMdx(body: string, name: string): Promise<CompiledLesson> {
  const hash = hashOf(body);
  const cache = (globalForLessons.academyCompiled ??= new Map<string, Promise<CompiledLesson>>());
  const hit = cache.get(hash);
  if (hit) return hit.then((lesson: CompiledLesson) => ({ ...lesson, compileMs: 0 }));
  const pending = runCompile(body, hash, name);
  cache.set(hash, pending);
  pending.catch(() => cache.delete(hash));
  return pending;
}

async function runCompile(body: string, hash: string, name: string): Promise<CompiledLesson> {
  const started = performance.now();
  const outline: Outline = { toc: [], sections: [] };
  try {
    const { code } = await bundleMDX({
      source: body,
      // The error is rethrown with the lesson's name; esbuild's own log would only repeat it.
      esbuildOptions(options) {
        options.logLevel = "silent";
        return options;
      },
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          rehypeSlug,
          () => rehypeOutline(outline),
          () => rehypeCodeBlocks(highlightCode),
        ];
        return options;
      },
    });
    return { code, toc: outline.toc, sections: outline.sections, hash, compileMs: performance.now() - started };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${name}: MDX compilation failed: ${message}`, { cause: error });
  }
}
