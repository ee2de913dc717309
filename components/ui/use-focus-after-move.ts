import { useEffect, useRef } from "react";

/**
 * For a form that shows one step at a time: after a move the learner asked for, focus goes to the heading
 * (found by its id) of what is shown now, so keyboard and screen-reader users land on the new step.
 * `step` changes with every move; call the returned function when the learner moves.
 */
export function useFocusAfterMove(step: string, headingId: string): () => void {
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    document.getElementById(headingId)?.focus();
  }, [step, headingId]);
  return () => {
    moved.current = true;
  };
}
