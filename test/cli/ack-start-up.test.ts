/**
 * `ccf-consortium ack` on the BUILT bin (`npm run build` first): three requests on one connection (the member
 * read also settles the API flavour; the member list is never read), and only what ack needs is loaded:
 * two CommonJS files, HTTP/1.1 over node:tls, no certificate generation, no YAML, no sandbox, no constitution
 * engine.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox, type SandboxMember } from "../../sandbox/index.js";
import { loadedModules } from "../helpers/loaded-modules.js";
import { tempDir } from "../helpers/temp-dir.js";
import { signedBy } from "./online-harness.js";

let sb: Sandbox;
const tmp = tempDir("ccf-cli-ack-start-up-");
let conn: string[];
const requests: string[] = [];
let connections = 0;

beforeAll(async () => {
  sb = await startSandbox({ members: 2, ccfVersion: 6 });
  const certPath = join(tmp.dir, "service_cert.pem");
  writeFileSync(certPath, sb.serviceCertificatePem);
  conn = ["--node", sb.url, "--service-cert", certPath];
  sb.service.pipeline.before.push((ctx) => void requests.push(`${ctx.req.method} ${ctx.req.url}`));
  for (const node of sb.control.servers) node.server.on("secureConnection", () => connections++);
});

afterAll(async () => {
  await sb?.close();
  tmp.cleanup();
});

describe("ack start-up", () => {
  it("activates an Accepted member in 3 requests over one TLS connection", async () => {
    const m = sb.members[0] as SandboxMember;
    expect(sb.service.state.members[m.memberId]!.status).toBe("Accepted");
    const r = await loadedModules(["ack", ...conn, ...signedBy(m)], tmp.dir);
    expect(r.stdout).toBe(`Member ${m.memberId} acked the state digest and is Active.\n`);
    expect(r.code).toBe(0);
    expect(sb.service.state.members[m.memberId]!.status).toBe("Active");
    const id = m.memberId;
    expect(requests).toEqual([
      `GET /gov/service/members/${id}?api-version=2024-07-01`,
      `POST /gov/members/state-digests/${id}:update?api-version=2024-07-01`,
      `POST /gov/members/state-digests/${id}:ack?api-version=2024-07-01`,
    ]);
    expect(connections).toBe(1);

    // Two files (the dispatcher and ack's bundle), both CommonJS: Node's ES module loader never starts.
    expect(r.files).toEqual(["cli/commands/ack.cjs", "cli/main.cjs"]);
    // HTTP/1.1 over node:tls (core/client/exchange.ts): no HTTP library, not Node's http client, and not
    // Node's internal undici (its fetch) either. No npm library at all: @noble's ECDSA, which the receipts
    // code needs with --keep-receipts, is required from dist/cli/vendor/ only then.
    expect(r.modules.filter((f) => f.startsWith("node_modules/"))).toEqual([]);
    expect(r.builtins).toContain("tls");
    for (const unwanted of ["https", "_http_client", "internal/deps/undici/undici"]) expect(r.builtins).not.toContain(unwanted);
    // Nothing to create certificates with, no manifests, no sandbox, no other command.
    const ours = r.modules.filter((f) => !f.startsWith("node_modules/"));
    expect(ours.filter((f) => /^(sandbox|provider|actions)\//.test(f) || /x509-lib|certificate-generator|manifest|constitution/.test(f))).toEqual([]);
    expect(ours.filter((f) => f.startsWith("cli/commands/"))).toEqual(["cli/commands/ack.ts"]);
  });
});
