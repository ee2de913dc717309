import type { ReactNode } from "react";

export type CalloutKind = "misconception" | "note" | "warning";

const LABELS: Record<CalloutKind, string> = { misconception: "Common misconception", note: "Note", warning: "Warning" };
const ICONS: Record<CalloutKind, string> = { misconception: "✗", note: "i", warning: "!" };

/** A boxed aside; misconceptions carry their label so the claim is never read as advice. */
export function Callout({ kind = "note", title, children }: { kind?: CalloutKind; title?: string; children: ReactNode }) {
  return (
    <div className={`callout callout--${kind}`} role="note" aria-label={title ? `${LABELS[kind]}: ${title}` : LABELS[kind]}>
      <p className="callout__label">
        <span className="callout__icon" aria-hidden="true">
          {ICONS[kind]}
        </span>
        {LABELS[kind]}
      </p>
      {title ? <p className="callout__title">{title}</p> : null}
      <div className="callout__body">{children}</div>
    </div>
  );
}
