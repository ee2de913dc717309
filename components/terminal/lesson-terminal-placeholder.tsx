export function LessonTerminalPlaceholder() {
  return (
    <div className="terminal" aria-busy="true">
      <p className="terminal__status">Starting the simulated cluster…</p>
    </div>
  );
}
