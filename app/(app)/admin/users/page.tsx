import type { Metadata } from "next";

import { listUsers, USERS_PER_PAGE } from "@/lib/server/admin/user-roles";
import { requirePageRole } from "@/lib/server/auth/page-access";

import { RoleSelect } from "./_components/role-select";

export const metadata: Metadata = { title: "Users" };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const admin = await requirePageRole("admin", "/admin/users");
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw.slice(0, 200) : "";
  const users = await listUsers(admin, q);
  return (
    <div>
      <h1>Users</h1>
      <p>Make someone an instructor so they can create cohorts. The same works from the command line: npm run user:role -- email instructor.</p>
      <form method="get" className="form">
        <div className="field">
          <label htmlFor="user-search">Search by email or name</label>
          <input id="user-search" type="search" name="q" defaultValue={q} />
        </div>
        <button type="submit" className="button button--secondary">
          Search
        </button>
      </form>
      <p className="field__hint">
        {users.length === USERS_PER_PAGE ? `The first ${USERS_PER_PAGE} matches; narrow the search to see others.` : `${users.length} ${users.length === 1 ? "user" : "users"}.`}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.email}</th>
              <td>{u.name ?? "—"}</td>
              <td>{u.id === admin.id ? `${u.role} (you)` : <RoleSelect userId={u.id} email={u.email} role={u.role} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
