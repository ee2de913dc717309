/**
 * PURPOSE: commands that block in the real kubectl (delete waiting for finalization, rollout
 * status, drain) advance the virtual clock until their condition holds or a time limit passes.
 * MODELS: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_delete/ (--wait, the default)
 * NOT MODELLED: --timeout values other than the built-in limit.
 */
import type { KubectlEnv } from "./command";

const STEP_MS = 1000;

/** Returns true when done() held before limitMs of virtual time passed. onStep runs after each tick. */
export function advanceUntil(env: KubectlEnv, done: () => boolean, limitMs: number, onStep?: () => void): boolean {
  const cluster = env.shell.cluster;
  cluster.settle();
  if (done()) return true;
  for (let waited = 0; waited < limitMs; waited += STEP_MS) {
    cluster.advance(STEP_MS);
    onStep?.();
    if (done()) return true;
  }
  return false;
}
