/**
 * PURPOSE: strings that objects keep for a long time, built flat.
 * MODELS: no Kubernetes component; V8's string representation.
 */

/**
 * A template literal as one flat string. V8 represents `${a} to ${b}` as a tree of rope nodes that takes about
 * twice the memory of the text, and every garbage collection copies those nodes again. Use it for text that stored
 * objects keep (event messages, container ids, field paths), not for text printed once.
 */
export function flat(strings: TemplateStringsArray, ...values: unknown[]): string {
  const parts: string[] = new Array(strings.length + values.length);
  parts[0] = strings[0];
  for (let i = 0; i < values.length; i++) {
    parts[2 * i + 1] = String(values[i]);
    parts[2 * i + 2] = strings[i + 1];
  }
  return parts.join("");
}
