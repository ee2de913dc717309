/**
 * PURPOSE: a small in-memory file system per shell session, so learners can write manifests
 * (`cat > web.yaml`, `ls`, `rm`) and apply them; plain data so a session can be saved.
 * MODELS: the file operations of https://pubs.opengroup.org/onlinepubs/9699919799/utilities/contents.html (cat, ls, rm, mkdir)
 * NOT MODELLED: permissions, owners, timestamps, symlinks, globbing; one tree shared by every host of the session.
 */

export type FsData = { cwd: string; files: Record<string, string>; dirs: string[] };

export type FsResult<T> = { ok: true; value: T } | { ok: false; error: "ENOENT" | "EISDIR" | "ENOTDIR" | "EEXIST" | "ENOTEMPTY" };

export type MemFs = {
  cwd(): string;
  chdir(path: string): FsResult<string>;
  resolve(path: string): string;
  read(path: string): FsResult<string>;
  write(path: string, content: string, append?: boolean): FsResult<void>;
  remove(path: string, recursive?: boolean): FsResult<void>;
  mkdir(path: string, parents?: boolean): FsResult<void>;
  list(path: string): FsResult<{ name: string; dir: boolean }[]>;
  isDir(path: string): boolean;
  exists(path: string): boolean;
  toJSON(): FsData;
};

export const HOME = "/root";

export function createFs(data?: FsData): MemFs {
  const files = new Map<string, string>(Object.entries(data?.files ?? {}));
  const dirs = new Set<string>(data?.dirs ?? ["/", "/root", "/opt", "/etc"]);
  let cwd = data?.cwd ?? HOME;

  function resolve(path: string): string {
    const expanded = path === "~" ? HOME : path.startsWith("~/") ? HOME + path.slice(1) : path;
    const absolute = expanded.startsWith("/") ? expanded : `${cwd}/${expanded}`;
    const parts: string[] = [];
    for (const part of absolute.split("/")) {
      if (part === "" || part === ".") continue;
      if (part === "..") parts.pop();
      else parts.push(part);
    }
    return `/${parts.join("/")}`;
  }

  function parentOf(path: string): string {
    const index = path.lastIndexOf("/");
    return index <= 0 ? "/" : path.slice(0, index);
  }

  function isDir(path: string): boolean {
    return dirs.has(resolve(path));
  }

  function exists(path: string): boolean {
    const p = resolve(path);
    return dirs.has(p) || files.has(p);
  }

  function childrenOf(dir: string): string[] {
    const prefix = dir === "/" ? "/" : `${dir}/`;
    const names = new Set<string>();
    for (const p of [...files.keys(), ...dirs]) {
      if (p !== dir && p.startsWith(prefix)) names.add(p.slice(prefix.length).split("/")[0]);
    }
    return [...names].sort();
  }

  return {
    cwd: () => cwd,
    resolve,
    isDir,
    exists,
    chdir(path) {
      const p = resolve(path);
      if (files.has(p)) return { ok: false, error: "ENOTDIR" };
      if (!dirs.has(p)) return { ok: false, error: "ENOENT" };
      cwd = p;
      return { ok: true, value: p };
    },
    read(path) {
      const p = resolve(path);
      if (dirs.has(p)) return { ok: false, error: "EISDIR" };
      const content = files.get(p);
      return content === undefined ? { ok: false, error: "ENOENT" } : { ok: true, value: content };
    },
    write(path, content, append = false) {
      const p = resolve(path);
      if (dirs.has(p)) return { ok: false, error: "EISDIR" };
      if (!dirs.has(parentOf(p))) return { ok: false, error: files.has(parentOf(p)) ? "ENOTDIR" : "ENOENT" };
      files.set(p, append ? (files.get(p) ?? "") + content : content);
      return { ok: true, value: undefined };
    },
    remove(path, recursive = false) {
      const p = resolve(path);
      if (files.delete(p)) return { ok: true, value: undefined };
      if (!dirs.has(p)) return { ok: false, error: "ENOENT" };
      if (!recursive) return { ok: false, error: "EISDIR" };
      const prefix = `${p}/`;
      for (const f of [...files.keys()]) if (f.startsWith(prefix)) files.delete(f);
      for (const d of [...dirs]) if (d === p || d.startsWith(prefix)) dirs.delete(d);
      return { ok: true, value: undefined };
    },
    mkdir(path, parents = false) {
      const p = resolve(path);
      if (dirs.has(p) || files.has(p)) return parents && dirs.has(p) ? { ok: true, value: undefined } : { ok: false, error: "EEXIST" };
      if (!dirs.has(parentOf(p))) {
        if (!parents || files.has(parentOf(p))) return { ok: false, error: "ENOENT" };
        const made = this.mkdir(parentOf(p), true);
        if (!made.ok) return made;
      }
      dirs.add(p);
      return { ok: true, value: undefined };
    },
    list(path) {
      const p = resolve(path);
      if (files.has(p)) return { ok: true, value: [{ name: path, dir: false }] };
      if (!dirs.has(p)) return { ok: false, error: "ENOENT" };
      return { ok: true, value: childrenOf(p).map((name) => ({ name, dir: dirs.has(p === "/" ? `/${name}` : `${p}/${name}`) })) };
    },
    toJSON() {
      return { cwd, files: Object.fromEntries([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), dirs: [...dirs].sort() };
    },
  };
}

export function describeFsError(error: string): string {
  switch (error) {
    case "ENOENT":
      return "No such file or directory";
    case "EISDIR":
      return "Is a directory";
    case "ENOTDIR":
      return "Not a directory";
    case "EEXIST":
      return "File exists";
    default:
      return "Directory not empty";
  }
}
