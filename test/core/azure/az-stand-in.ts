/**
 * An `az` on PATH for @azure/identity's AzureCliCredential, which runs (through a shell, cwd /bin)
 * `az account get-access-token --output json --resource <resource> [--tenant <id>]` and reads `accessToken`
 * and `expires_on` (POSIX seconds) or `expiresOn` from the JSON on stdout; "az login" on stderr means signed
 * out. The stand-in answers only that command, for the vault resources, and logs its arguments.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface AzStandIn {
  /** Directory to put first on PATH. */
  binDir: string;
  /** The argument lists it was called with. */
  calls(): string[][];
}

export function writeAzStandIn(binDir: string, opts: { accessToken: string; tenantId: string; loggedIn?: boolean }): AzStandIn {
  const log = join(binDir, "az-calls.jsonl");
  const script = `#!${process.execPath}
const fs = require("node:fs");
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + "\\n");
if (${JSON.stringify(!(opts.loggedIn ?? true))}) { process.stderr.write("ERROR: Please run 'az login' to setup account.\\n"); process.exit(1); }
const at = (f) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : undefined; };
if (args[0] !== "account" || args[1] !== "get-access-token" || at("--output") !== "json") { process.stderr.write("az stand-in: unexpected arguments\\n"); process.exit(2); }
const resource = at("--resource");
if (resource !== "https://vault.azure.net" && resource !== "https://managedhsm.azure.net") { process.stderr.write("ERROR: AADSTS500011: The resource principal named " + resource + " was not found.\\n"); process.exit(1); }
const expires = Math.floor(Date.now() / 1000) + 3600;
process.stdout.write(JSON.stringify({ accessToken: ${JSON.stringify(opts.accessToken)}, expiresOn: new Date(expires * 1000).toISOString().replace("T", " ").slice(0, 19) + ".000000", expires_on: expires, subscription: "00000000-0000-0000-0000-000000000000", tenant: ${JSON.stringify(opts.tenantId)}, tokenType: "Bearer" }, null, 2) + "\\n");
`;
  const file = join(binDir, "az");
  writeFileSync(file, script);
  chmodSync(file, 0o755);
  return {
    binDir,
    calls: () => (existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as string[]) : []),
  };
}
