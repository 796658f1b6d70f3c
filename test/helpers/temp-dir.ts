import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TempDir {
  dir: string;
  /** Writes `name` in the dir (0600 when `secret`: files holding keys) and returns its path. */
  write(name: string, data: string | Uint8Array, secret?: boolean): string;
  read(name: string): string;
  cleanup(): void;
}

/** A fresh directory under the OS temp dir, removed by `cleanup()`. */
export function tempDir(prefix: string): TempDir {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    write(name, data, secret = false) {
      const path = join(dir, name);
      writeFileSync(path, data, { mode: secret ? 0o600 : 0o644 });
      return path;
    },
    read: (name) => readFileSync(join(dir, name), "utf8"),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
