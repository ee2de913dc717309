import type { Metadata } from "next";

import { Sandbox } from "./_components/sandbox";

export const metadata: Metadata = { title: "Sandbox" };

type Props = { searchParams: Promise<{ s?: string }> };

export default async function SandboxPage({ searchParams }: Props) {
  const { s } = await searchParams;
  return (
    <>
      <h1>Sandbox</h1>
      <p>
        A simulated Kubernetes cluster that runs in your browser. Type <code>help</code> to see what it understands,
        or <code>sim help</code> to break things. Your cluster is kept in this browser until you reset it.
      </p>
      <Sandbox shareToken={s ?? null} />
    </>
  );
}
