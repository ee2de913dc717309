/**
 * Splits the text of a ```sh block into the commands a learner would type, one
 * per line; a here-document (`cat <<EOF > f` … `EOF`) and lines ending in a
 * backslash stay with the command they belong to. Comment lines are not commands.
 */
export function splitCommands(code: string): string[] {
  const lines = code.replace(/\r\n/g, "\n").split("\n");
  const commands: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    i += 1;
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const parts = [line];
    while (parts[parts.length - 1]!.endsWith("\\") && i < lines.length) parts.push(lines[i++]!);
    const terminator = hereDocTerminator(parts.join("\n"));
    if (terminator !== null) {
      while (i < lines.length) {
        const bodyLine = lines[i++]!;
        parts.push(bodyLine);
        if (bodyLine.trim() === terminator) break;
      }
    }
    commands.push(parts.join("\n"));
  }
  return commands;
}

// `<<EOF`, `<<-EOF`, `<<'EOF'` and `<<"EOF"`; `<<<` is a here-string, not a document.
const HERE_DOC = /<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/;

function hereDocTerminator(command: string): string | null {
  if (command.includes("<<<")) return null;
  const match = HERE_DOC.exec(command);
  return match ? match[2]! : null;
}
