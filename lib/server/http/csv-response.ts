import "server-only";

import type { CsvExport } from "@/lib/server/cohorts/csv-exports";

/** A CSV download: streamed, never cached, saved under the export's file name. */
export function csvResponse(file: CsvExport): Response {
  return new Response(file.stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
