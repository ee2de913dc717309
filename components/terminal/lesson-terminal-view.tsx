"use client";

import { usePathname } from "next/navigation";
import { useContext, useEffect, useRef } from "react";

import { TryItContext } from "@/components/mdx/try-it-context";
import { SCENARIO_IDS, type ScenarioId } from "@/lib/validation/saved-session";

import { LessonTerminalPlaceholder } from "./lesson-terminal-placeholder";
import { Terminal } from "./terminal";
import { useTerminalController } from "./use-terminal-controller";

// Lessons use a fixed seed so every learner sees the names and addresses the text describes.
const LESSON_SEED = 1;

function asScenario(value: string): ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(value) ? (value as ScenarioId) : "default";
}

/** The terminal of a lesson's "Try it" section; the lesson's Run buttons type into it. */
export function LessonTerminalView({ scenario }: { scenario: string }) {
  const pathname = usePathname();
  const tryIt = useContext(TryItContext);
  const { state, reset } = useTerminalController({ storageKey: `lesson:${pathname}`, scenario: asScenario(scenario), seed: LESSON_SEED });
  const controller = state.status === "ready" ? state.controller : null;
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!controller || !tryIt) return;
    return tryIt.subscribe((command) => {
      controller.execute(command);
      // A Run button may sit far from the terminal; bring the output into view (the terminal
      // also draws only while visible).
      region.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    });
  }, [controller, tryIt]);

  if (state.status === "error") return <p role="alert">The simulated cluster could not start: {state.message}</p>;
  if (!controller) return <LessonTerminalPlaceholder />;
  return (
    <div ref={region}>
      <Terminal controller={controller} label="Lesson terminal" onReset={reset} />
    </div>
  );
}
