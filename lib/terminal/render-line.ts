// Escape sequences that redraw the input line in place even when it wraps over several
// terminal rows. Rows are counted from the row where the prompt starts; `cursorRow` is the
// row the terminal cursor is on when the sequence starts.

export type Rendered = { sequence: string; cursorRow: number };

function up(rows: number): string {
  return rows > 0 ? `\x1b[${rows}A` : "";
}

function down(rows: number): string {
  return rows > 0 ? `\x1b[${rows}B` : "";
}

/** Go to the start of the input and clear it, whatever rows it covers. */
export function clearInput(cursorRow: number): Rendered {
  return { sequence: `${up(cursorRow)}\r\x1b[J`, cursorRow: 0 };
}

/** Redraw prompt and buffer and put the cursor at `cursor` (an index into the buffer). */
export function renderInput(options: { prompt: string; buffer: string; cursor: number; cols: number; cursorRow: number }): Rendered {
  const { prompt, buffer, cursor, cols } = options;
  const text = prompt + buffer;
  let sequence = clearInput(options.cursorRow).sequence + text;
  // A row filled exactly leaves the cursor waiting at its last column; step onto the next row
  // so that every position below is computed the same way.
  if (text.length > 0 && text.length % cols === 0) sequence += " \b";
  const endRow = Math.floor(text.length / cols);
  const target = prompt.length + cursor;
  const row = Math.floor(target / cols);
  const col = target % cols;
  sequence += `${up(endRow - row)}\r${col > 0 ? `\x1b[${col}C` : ""}`;
  return { sequence, cursorRow: row };
}

/** From the cursor, move below the whole input (before printing what a command wrote). */
export function leaveInput(options: { prompt: string; buffer: string; cols: number; cursorRow: number }): string {
  const endRow = Math.floor((options.prompt.length + options.buffer.length) / options.cols);
  return `${down(endRow - options.cursorRow)}\r\n`;
}
