"use client";

import { Children, useContext, type ReactNode } from "react";

import { CopyButton } from "./copy-button";
import { TryItContext } from "./try-it-context";

type CodeBlockProps = {
  language: string;
  /** The fence's info after the language; "error" marks a command that is meant to fail. */
  meta?: string;
  code: string;
  /** JSON array of the commands of a shell block, one highlighted <pre> child each. */
  commands?: string;
  children: ReactNode;
};

const LANGUAGE_LABELS: Record<string, string> = { sh: "Shell", bash: "Shell", shell: "Shell", text: "Output", yaml: "YAML", json: "JSON" };

function parseCommands(commands: string | undefined): string[] {
  if (!commands) return [];
  const parsed: unknown = JSON.parse(commands);
  return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === "string") : [];
}

function firstLine(command: string): string {
  const [line = ""] = command.split("\n");
  return command.includes("\n") ? `${line} …` : line;
}

/** A highlighted code block with its language, a copy button and, inside "Try it", a Run button per command. */
export function CodeBlock({ language, meta = "", code, commands, children }: CodeBlockProps) {
  const tryIt = useContext(TryItContext);
  const list = parseCommands(commands);
  const expectsError = meta.split(/\s+/).includes("error");
  const label = LANGUAGE_LABELS[language] ?? language;
  const pieces = Children.toArray(children);
  const runnable = tryIt !== null && list.length > 0 && list.length === pieces.length;
  return (
    <div className={`code-block${expectsError ? " code-block--error" : ""}`}>
      <div className="code-block__bar">
        <span className="code-block__language">{label}</span>
        {expectsError ? <span className="code-block__note">This command is expected to fail</span> : null}
        <CopyButton text={code} label={`Copy ${label.toLowerCase()} code`} />
      </div>
      {runnable ? (
        <ol className="code-block__commands">
          {pieces.map((piece, i) => (
            <li key={i} className="code-block__command">
              {piece}
              <button
                type="button"
                className="code-block__run"
                onClick={() => tryIt.send(list[i]!)}
                aria-label={`Run ${firstLine(list[i]!)} in the terminal`}
              >
                <span aria-hidden="true">▶</span> Run
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <div className="code-block__body">{children}</div>
      )}
    </div>
  );
}
