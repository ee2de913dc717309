"use client";

import { signIn } from "next-auth/react";

export function ProviderButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  return (
    <div className="providers" role="group" aria-label="Other ways to sign in">
      {providers.map((p) => (
        <button key={p.id} type="button" className="button button--secondary" onClick={() => void signIn(p.id, { callbackUrl })}>
          Continue with {p.name}
        </button>
      ))}
    </div>
  );
}
