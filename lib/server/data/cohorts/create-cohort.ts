import "server-only";

import { getDb } from "@/lib/server/db";

import { cohortDtoSelect, isJoinCodeClash, JOIN_CODE_RETRIES, toCohortDto, type CohortDto } from "./cohort.dto";

export async function createCohort(options: {
  ownerId: string;
  name: string;
  startsOn: string | null;
  endsOn: string | null;
  requiredLessons: string[];
  requiredLabs: string[];
  newJoinCode: () => string;
}): Promise<CohortDto> {
  for (let attempt = 1; ; attempt++) {
    try {
      const row = await getDb().cohort.create({
        data: {
          ownerId: options.ownerId,
          name: options.name,
          startsOn: options.startsOn ? new Date(`${options.startsOn}T00:00:00Z`) : null,
          endsOn: options.endsOn ? new Date(`${options.endsOn}T00:00:00Z`) : null,
          requiredLessons: options.requiredLessons,
          requiredLabs: options.requiredLabs,
          joinCode: options.newJoinCode(),
        },
        select: cohortDtoSelect,
      });
      return toCohortDto(row);
    } catch (error) {
      if (!isJoinCodeClash(error) || attempt >= JOIN_CODE_RETRIES) throw error;
    }
  }
}
