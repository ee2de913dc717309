import * as diagrams from "@/components/diagrams";
import { LessonTerminal } from "@/components/terminal/lesson-terminal";

import { Callout } from "./callout";
import { CodeBlock } from "./code-block";
import { Interview } from "./interview";
import { MdxLink } from "./mdx-link";
import { TryIt } from "./try-it";

/**
 * Every component a lesson may use, by the name it is written with in MDX.
 * `<Terminal scenario="..." />` is a terminal on its own; `<TryIt>` pairs one with guided steps.
 */
export const mdxComponents = { ...diagrams, Callout, CodeBlock, Interview, TryIt, Terminal: LessonTerminal, a: MdxLink };
