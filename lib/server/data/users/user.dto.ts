import type { Role } from "@/lib/generated/prisma/enums";
import type { RoleName } from "@/lib/validation/auth";

export type UserDto = {
  id: string;
  email: string;
  name: string | null;
  role: RoleName;
  createdAt: Date;
};

export const userDtoSelect = { id: true, email: true, name: true, role: true, createdAt: true } as const;

const ROLE_NAMES: Record<Role, RoleName> = { LEARNER: "learner", INSTRUCTOR: "instructor", ADMIN: "admin" };
const ROLE_VALUES: Record<RoleName, Role> = { learner: "LEARNER", instructor: "INSTRUCTOR", admin: "ADMIN" };

export function toRoleName(role: Role): RoleName {
  return ROLE_NAMES[role];
}

export function toRoleValue(role: RoleName): Role {
  return ROLE_VALUES[role];
}

export function toUserDto(row: { id: string; email: string; name: string | null; role: Role; createdAt: Date }): UserDto {
  return { ...row, role: toRoleName(row.role) };
}
