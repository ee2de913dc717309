"use client";

import { createContext } from "react";

/**
 * What a "Try it" section gives the components inside it: the scenario its
 * terminal runs, and a tiny command bus. Run buttons `send` a command; the
 * lesson terminal `subscribe`s and types it.
 */
export type TryItContextValue = {
  scenario: string;
  send(command: string): void;
  subscribe(listener: (command: string) => void): () => void;
};

export const TryItContext = createContext<TryItContextValue | null>(null);
