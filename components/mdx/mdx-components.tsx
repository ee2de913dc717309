import * as diagrams from "@/components/diagrams";

import { Callout } from "./callout";
import { CodeBlock } from "./code-block";
import { Interview } from "./interview";
import { MdxLink } from "./mdx-link";
import { TryIt } from "./try-it";

/** Every component a lesson may use, by the name it is written with in MDX. */
export const mdxComponents = { ...diagrams, Callout, CodeBlock, Interview, TryIt, a: MdxLink };
