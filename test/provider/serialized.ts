// The providers' serialized text, produced by a plain Node process the way a Pulumi program produces it.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./fixtures/serialize-providers.mjs", import.meta.url));

export interface SerializedProviders {
  member: string;
  identity: string;
}

export function serializeProviders(options: { cwd?: string; entry?: string } = {}): SerializedProviders {
  const args = [script, ...(options.entry ? [options.entry] : [])];
  return JSON.parse(execFileSync(process.execPath, args, { cwd: options.cwd, encoding: "utf8" })) as SerializedProviders;
}
