import { STATUS_LABELS } from "@/lib/progress/lesson-status";
import type { LessonStatusName } from "@/lib/validation/progress";

export function StatusBadge({ status }: { status: LessonStatusName }) {
  return <span className={`status status--${status}`}>{STATUS_LABELS[status]}</span>;
}
