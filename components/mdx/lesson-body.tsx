import { getMDXComponent } from "mdx-bundler/client";
import type { ReactNode } from "react";

import { mdxComponents } from "./mdx-components";

type MdxComponent = ReturnType<typeof getMDXComponent>;

// Evaluating the bundle builds a new component function; keep one per bundle so
// repeated renders reuse it (Kent C. Dodds' useMdxComponent, on the server).
const evaluated = new Map<string, MdxComponent>();

function lessonComponent(code: string): MdxComponent {
  let component = evaluated.get(code);
  if (!component) {
    component = getMDXComponent(code);
    evaluated.set(code, component);
  }
  return component;
}

/**
 * Renders a compiled lesson on the server with the course's component map. The
 * MDX content function holds no state or hooks, so it is called directly rather
 * than mounted as a component React would see as created during render.
 */
export function LessonBody({ code }: { code: string }): ReactNode {
  return lessonComponent(code)({ components: mdxComponents });
}
