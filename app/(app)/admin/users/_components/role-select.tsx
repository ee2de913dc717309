"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { ROLES, type RoleName } from "@/lib/validation/auth";

import { setUserRoleAction } from "../actions";

/** A user's role, saved as soon as it is changed. */
export function RoleSelect({ userId, email, role }: { userId: string; email: string; role: RoleName }) {
  const router = useRouter();
  const [value, setValue] = useState(role);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function change(next: RoleName) {
    setPending(true);
    setStatus(null);
    try {
      const result = await setUserRoleAction({ userId, role: next });
      if (result.ok) {
        setValue(result.data.role);
        setStatus("Saved.");
        router.refresh();
      } else {
        setStatus(result.error);
      }
    } catch {
      setStatus("Not saved. Please try again.");
    } finally {
      setPending(false);
    }
  }

  const id = `role-${userId}`;
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        Role of {email}
      </label>
      <select id={id} value={value} disabled={pending} onChange={(e) => change(e.target.value as RoleName)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>{" "}
      <span role="status">{status}</span>
    </>
  );
}
