// Differences between the shell and the real kubectl that the parity suite accepts, each with the
// reason; every one comes from the client binary or its release, not from the simulated cluster.
export const DOCUMENTED_DIFFERENCES: readonly { command: string; reason: string }[] = [
  {
    command: "kubectl version",
    reason: "the client line is the local kubectl build's own version (v1.32.4-dispatcher, the wrapper that picks a client for the server's release); the shell prints the emulated release",
  },
];

export function documentedReason(command: string): string | undefined {
  return DOCUMENTED_DIFFERENCES.find((d) => d.command === command)?.reason;
}
