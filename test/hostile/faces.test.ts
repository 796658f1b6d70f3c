// The three faces against every hostile-node mode (test/helpers/hostile-node.ts): the built CLI, the
// action bundle run as the runner runs it, and the Member resource through Pulumi's dynamic provider host.
// Each fails cleanly: one line, exit code 1 (a node failure), no crash, no raw escape in any output, and
// within the small --timeout given (bounded time; no timing assertion beyond "finished").
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMemberIdentity, sha256Hex, type MemberIdentity } from "../../core/index.js";
import { runAction } from "../actions/harness.js";
import { runCliAsync } from "../helpers/cli.js";
import { HOSTILE_CONSTITUTION, HOSTILE_MODES, startHostileNode, type HostileMode } from "../helpers/hostile-node.js";
import { tempDir, type TempDir } from "../helpers/temp-dir.js";
import { HostError, startProviderHost, urnOf, type ProviderHost } from "../provider/provider-host.js";
import { serializeProviders } from "../provider/serialized.js";

const TIMEOUT = "2s";
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

interface Row {
  mode: HostileMode;
  cliSeconds: string;
  cliMessage: string;
  action: string;
  provider: string;
}
const rows: Row[] = [];

let temp: TempDir;
let dir: string;
let proposer: MemberIdentity; // Active
let alice: MemberIdentity; // Accepted: acks in the no-state-digest mode
let bob: MemberIdentity; // new: proposed in the no-proposal-id mode
let host: ProviderHost;
let provider: string;

beforeAll(async () => {
  temp = tempDir("hostile-faces-");
  dir = temp.dir;
  [proposer, alice, bob] = await Promise.all(["proposer", "alice", "bob"].map((name) => generateMemberIdentity({ name, curve: "secp256r1" })));
  for (const [name, m] of [["proposer", proposer], ["alice", alice], ["bob", bob]] as const) {
    writeFileSync(join(dir, `${name}_cert.pem`), m.certificatePem);
    writeFileSync(join(dir, `${name}_privk.pem`), m.privateKeyPem, { mode: 0o600 });
  }
  provider = serializeProviders().member;
  host = await startProviderHost();
}, 60_000);

afterAll(async () => {
  await host?.close();
  temp?.cleanup();
  // The table of the issue note: mode → time to a clean failure → the message (CLI), Action, provider.
  const table = rows.map((r) => `| ${r.mode} | ${r.cliSeconds} | ${r.cliMessage.replace(/\|/g, "\\|")} | ${r.action} | ${r.provider} |`).join("\n");
  console.log(`| mode | CLI time | CLI message | Action | provider |\n|---|---|---|---|---|\n${table}`);
});

/** The CLI command that reaches the damaged reply. */
function cliArgs(mode: HostileMode): string[] {
  if (mode === "no-state-digest") return ["ack", "--signing-key", "alice_privk.pem", "--signing-cert", "alice_cert.pem"];
  if (mode === "no-proposal-id") return ["propose-member", "--cert", "bob_cert.pem", "--signing-key", "proposer_privk.pem", "--signing-cert", "proposer_cert.pem"];
  return ["members"];
}

/** The action command that reaches it (`status` reads; `ack` updates the digest; proposing needs `apply` on a push). */
function actionInputs(mode: HostileMode): Record<string, string> | undefined {
  if (mode === "no-proposal-id") return undefined;
  if (mode === "no-state-digest") {
    return { command: "ack", "signing-key": alice.privateKeyPem, "signing-cert": alice.certificatePem, "expected-constitution-sha256": sha256Hex(HOSTILE_CONSTITUTION) };
  }
  return { command: "status" };
}

describe("every face fails cleanly against a hostile node", () => {
  for (const mode of HOSTILE_MODES) {
    it(mode, { timeout: 90_000 }, async () => {
      const node = await startHostileNode({
        mode,
        members: [
          { memberId: proposer.memberId, certificatePem: proposer.certificatePem, status: "Active" },
          { memberId: alice.memberId, certificatePem: alice.certificatePem },
        ],
      });
      try {
        const certFile = join(dir, `service_${mode}.pem`);
        writeFileSync(certFile, node.serviceCertificatePem);

        // CLI
        const started = performance.now();
        const cli = await runCliAsync([...cliArgs(mode), "--node", node.url, "--service-cert", certFile, "--timeout", TIMEOUT], dir);
        const seconds = (performance.now() - started) / 1000;
        const errorLines = cli.stderr.split("\n").filter((l) => l && !l.startsWith("… "));
        expect(cli.code, cli.stderr).toBe(1);
        expect(errorLines, cli.stderr).toHaveLength(1);
        const line = errorLines[0]!;
        expect(line).toMatch(/^ccf-consortium [a-z-]+: (GET|POST) \/gov\/\S+ on https:\/\/127\.0\.0\.1:\d+(:| failed with)/);
        expect(line).not.toMatch(/undefined|unexpected error|Unterminated|Unexpected token/);
        expect(cli.stdout + cli.stderr).not.toMatch(CONTROL);

        // Action
        let action = "n/a (proposes only in apply on a push)";
        const inputs = actionInputs(mode);
        if (inputs) {
          const a = await runAction({ node: process.execPath, inputs: { ...inputs, "node-url": node.url, "service-cert": node.serviceCertificatePem, timeout: TIMEOUT } });
          const annotations = a.stdout.split("\n").filter((l) => l.startsWith("::error"));
          expect(a.code, a.everything).toBe(1);
          expect(annotations, a.stdout).toHaveLength(1);
          expect(annotations[0]).toMatch(/^::error title=ccf-consortium [a-z-]+%3A (TRANSPORT|NODE_REPLY|CCF_ERROR)::(GET|POST) \/gov\/\S+ on https:\/\/127\.0\.0\.1:\d+/);
          expect(a.everything).not.toMatch(/undefined|unexpected error/);
          expect(a.everything.replace(/\r?\n/g, "")).not.toMatch(CONTROL);
          action = `fails cleanly (exit 1, ${annotations[0]!.match(/%3A ([A-Z_]+)::/)![1]})`;
        }

        // Provider: reads for the read modes, adopting + activating alice (update digest), proposing bob.
        const connection = { nodeUrls: [node.url], serviceCertificate: node.serviceCertificatePem, timeoutSeconds: 2 };
        const creds = { certificate: proposer.certificatePem, privateKey: proposer.privateKeyPem };
        const props =
          mode === "no-state-digest"
            ? { __provider: provider, connection, certificate: alice.certificatePem, proposer: creds, adopt: true, activation: { privateKey: alice.privateKeyPem }, waitForActive: true }
            : { __provider: provider, connection, certificate: bob.certificatePem, proposer: creds, adopt: false, waitForActive: false };
        const err = await host.create(urnOf(`m-${mode}`), props).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(HostError);
        const details = (err as HostError).details;
        expect(details).toMatch(/(GET|POST) \/gov\/\S+ on https:\/\/127\.0\.0\.1:\d+/);
        expect(details).not.toMatch(CONTROL);
        expect(details).not.toMatch(/undefined|Unterminated|Unexpected token/);
        // The host survived: it still answers.
        expect((await host.check(urnOf("ok"), {}, { __provider: provider, connection, certificate: bob.certificatePem, proposer: creds })).failures).toEqual([]);

        rows.push({ mode, cliSeconds: `${seconds.toFixed(1)} s`, cliMessage: line, action, provider: `fails cleanly (${(err as HostError).code === 2 ? "gRPC UNKNOWN" : `gRPC ${(err as HostError).code}`})` });
      } finally {
        await node.close();
      }
    });
  }
});

describe("the timeout and progress options in each face", () => {
  it("CLI: -v prints each retry; a bad --timeout is exit 2 naming the flag", { timeout: 60_000 }, async () => {
    const node = await startHostileNode({ mode: "accept-close" });
    try {
      const certFile = join(dir, "service_verbose.pem");
      writeFileSync(certFile, node.serviceCertificatePem);
      const r = await runCliAsync(["members", "-v", "--node", node.url, "--service-cert", certFile, "--timeout", "1500ms"], dir);
      expect(r.code).toBe(1);
      const retries = r.stderr.split("\n").filter((l) => l.startsWith("retry "));
      expect(retries.length).toBeGreaterThan(0);
      retries.forEach((l, i) => expect(l).toMatch(new RegExp(`^retry ${i + 2}/6 in \\d+(\\.\\d)? s after ECONNRESET \\(GET /gov/service/members\\?api-version=2024-07-01 on https://127\\.0\\.0\\.1:\\d+\\)$`)));
      expect(r.stderr.trim().split("\n").at(-1)).toMatch(/^ccf-consortium members: GET .*: connection failed \(ECONNRESET: the node closed the connection without replying\); gave up after \d attempts in \d\.\d s/);

      for (const bad of ["soon", "0s", "-5s", "3 days"]) {
        const b = await runCliAsync(["members", "--node", node.url, "--service-cert", certFile, `--timeout=${bad}`], dir);
        expect(b.code).toBe(2);
        expect(b.stderr).toBe(`ccf-consortium members: --timeout: '${bad}' is not a duration (e.g. 500ms, 60s, 2m; more than 0, at most 24h)\n`);
      }
    } finally {
      await node.close();
    }
  });

  it("Action: the timeout input bounds the step and retries are logged; a bad value names the input", { timeout: 60_000 }, async () => {
    const node = await startHostileNode({ mode: "accept-close" });
    try {
      const a = await runAction({ node: process.execPath, inputs: { command: "status", "node-url": node.url, "service-cert": node.serviceCertificatePem, timeout: "1500ms" } });
      expect(a.code).toBe(1);
      expect(a.stdout).toMatch(/^retry 2\/6 in \d+(\.\d)? s after ECONNRESET \(GET \/gov\/service\/members\?api-version=2024-07-01 on https:\/\/127\.0\.0\.1:\d+\)$/m);
      const bad = await runAction({ node: process.execPath, inputs: { command: "status", "node-url": node.url, "service-cert": node.serviceCertificatePem, timeout: "soon" } });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/^::error title=ccf-consortium status%3A invalid input 'timeout'::timeout: 'soon' is not a duration/m);
    } finally {
      await node.close();
    }
  });

  it("provider: connection.timeoutSeconds is checked", async () => {
    const connection = { nodeUrls: ["https://127.0.0.1:1"], serviceCertificate: proposer.certificatePem, timeoutSeconds: -1 };
    const creds = { certificate: proposer.certificatePem, privateKey: proposer.privateKeyPem };
    const { failures } = await host.check(urnOf("t"), {}, { __provider: provider, connection, certificate: bob.certificatePem, proposer: creds });
    expect(failures).toEqual([{ property: "connection.timeoutSeconds", reason: "must be a number of seconds, more than 0 and at most 86400" }]);
  });
});
