/**
 * State persistence in DIR: the whole state as JSON, written atomically (temp file, fsync, rename,
 * fsync of the directory), so a crash leaves either the old or the new file, never a torn one.
 * The file holds the service identity key and node keys, so it is created 0600.
 */
import { promises as fsp, openSync, writeSync, fsyncSync, closeSync, renameSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
export const STATE_FILE = "state.json";
export function statePath(dir) {
    return join(dir, STATE_FILE);
}
export function loadState(dir) {
    const path = statePath(dir);
    if (!existsSync(path))
        return undefined;
    const state = JSON.parse(readFileSync(path, "utf8"));
    if (state.formatVersion !== 1)
        throw new Error(`${path}: unsupported state format ${String(state.formatVersion)}`);
    return state;
}
function fsyncDirSync(dir) {
    try {
        const fd = openSync(dir, "r");
        try {
            fsyncSync(fd);
        }
        finally {
            closeSync(fd);
        }
    }
    catch {
        // Some platforms cannot fsync a directory; the rename is still atomic.
    }
}
/** Synchronous atomic write (used at start and close). */
export function saveStateSync(dir, state) {
    const path = statePath(dir);
    const tmp = `${path}.${process.pid}.tmp`;
    const fd = openSync(tmp, "w", 0o600);
    try {
        writeSync(fd, JSON.stringify(state));
        fsyncSync(fd);
    }
    finally {
        closeSync(fd);
    }
    renameSync(tmp, path);
    fsyncDirSync(dir);
}
/** Asynchronous atomic write (used by the commit loop). `text` is the serialized state. */
export function saveStateText(dir, text) {
    return writeFileAtomic(statePath(dir), text, 0o600);
}
/** Writes `text` to `path` atomically: temp file (created with `mode`), fsync, rename, fsync of the directory. */
export async function writeFileAtomic(path, text, mode) {
    const tmp = `${path}.${process.pid}.tmp`;
    const handle = await fsp.open(tmp, "w", mode);
    try {
        await handle.writeFile(text);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
    await fsp.rename(tmp, path);
    try {
        const dh = await fsp.open(dirname(path), "r");
        try {
            await dh.sync();
        }
        finally {
            await dh.close();
        }
    }
    catch {
        // see fsyncDirSync
    }
}
