"use client";

import type { PublicItem } from "@/lib/quiz/types";

import { Markdown } from "@/components/markdown";

/** A draft answer in the attempt's public ids, in the shape the API takes. */
export type Draft = { choice?: string; choices?: string[]; order?: string[]; matches?: Record<string, string>; command?: string };

export function initialDraft(item: PublicItem): Draft {
  if (item.type === "ordering") return { order: item.steps.map((s) => s.id) };
  if (item.type === "matching") return { matches: {} };
  if (item.type === "multiple") return { choices: [] };
  if (item.type === "command") return { command: "" };
  return {};
}

/** The draft as an API answer, or null while it is incomplete. */
export function draftAnswer(item: PublicItem, draft: Draft): Record<string, unknown> | null {
  switch (item.type) {
    case "multiple":
      return (draft.choices?.length ?? 0) > 0 ? { choices: draft.choices } : null;
    case "ordering":
      return { order: draft.order };
    case "matching":
      return item.left.every((l) => draft.matches?.[l.id]) ? { matches: draft.matches } : null;
    case "command":
      return draft.command?.trim() ? { command: draft.command } : null;
    default:
      return draft.choice ? { choice: draft.choice } : null;
  }
}

type Props = { item: PublicItem; draft: Draft; locked: boolean; onChange(draft: Draft): void };

export function ItemInput({ item, draft, locked, onChange }: Props) {
  const name = `answer-${item.id}`;
  switch (item.type) {
    case "single":
    case "output":
    case "scenario":
      return (
        <fieldset className="quiz-options" disabled={locked}>
          <legend>Choose one answer</legend>
          {item.options.map((o) => (
            <label key={o.id} className="quiz-option">
              <input type="radio" name={name} value={o.id} checked={draft.choice === o.id} onChange={() => onChange({ choice: o.id })} />
              <Markdown text={o.text} />
            </label>
          ))}
        </fieldset>
      );
    case "multiple": {
      const chosen = new Set(draft.choices ?? []);
      return (
        <fieldset className="quiz-options" disabled={locked}>
          <legend>Select all that apply</legend>
          {item.options.map((o) => (
            <label key={o.id} className="quiz-option">
              <input
                type="checkbox"
                name={name}
                value={o.id}
                checked={chosen.has(o.id)}
                onChange={(e) => {
                  const next = new Set(chosen);
                  if (e.target.checked) next.add(o.id);
                  else next.delete(o.id);
                  onChange({ choices: item.options.map((x) => x.id).filter((id) => next.has(id)) });
                }}
              />
              <Markdown text={o.text} />
            </label>
          ))}
        </fieldset>
      );
    }
    case "ordering": {
      const order = draft.order ?? item.steps.map((s) => s.id);
      const text = new Map(item.steps.map((s) => [s.id, s.text]));
      const move = (from: number, to: number) => {
        const next = [...order];
        const [moved] = next.splice(from, 1);
        next.splice(to, 0, moved!);
        onChange({ order: next });
      };
      return (
        <fieldset className="quiz-options" disabled={locked}>
          <legend>Put the steps in order, first at the top</legend>
          <ol className="quiz-order">
            {order.map((id, i) => (
              <li key={id}>
                <span className="quiz-order__text">
                  <Markdown text={text.get(id) ?? id} />
                </span>
                <span className="quiz-order__moves">
                  <button type="button" className="button button--secondary" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move step ${i + 1} up`}>
                    ↑
                  </button>
                  <button type="button" className="button button--secondary" disabled={i === order.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move step ${i + 1} down`}>
                    ↓
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </fieldset>
      );
    }
    case "matching":
      return (
        <fieldset className="quiz-options" disabled={locked}>
          <legend>Match each item on the left with one on the right</legend>
          {item.left.map((l) => (
            <div key={l.id} className="quiz-match">
              <label htmlFor={`${name}-${l.id}`}>
                <Markdown text={l.text} />
              </label>
              <select id={`${name}-${l.id}`} value={draft.matches?.[l.id] ?? ""} onChange={(e) => onChange({ matches: { ...draft.matches, [l.id]: e.target.value } })}>
                <option value="">Choose…</option>
                {item.right.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.text.replace(/`/g, "")}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      );
    case "command":
      return (
        <div className="field quiz-command">
          <label htmlFor={name}>Your command</label>
          <input
            id={name}
            type="text"
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            disabled={locked}
            value={draft.command ?? ""}
            onChange={(e) => onChange({ command: e.target.value })}
            placeholder="kubectl …"
          />
        </div>
      );
  }
}
