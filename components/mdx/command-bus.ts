/**
 * A publish/subscribe channel for commands. Commands sent before anyone listens
 * (the terminal loads lazily) are kept and handed to the first subscriber, so an
 * early click on Run is not lost.
 */
export function createCommandBus(): { send(command: string): void; subscribe(listener: (command: string) => void): () => void } {
  const listeners = new Set<(command: string) => void>();
  const pending: string[] = [];
  return {
    send(command) {
      if (listeners.size === 0) {
        pending.push(command);
        return;
      }
      for (const listener of listeners) listener(command);
    },
    subscribe(listener) {
      listeners.add(listener);
      for (const command of pending.splice(0)) listener(command);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
