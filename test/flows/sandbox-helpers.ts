import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGovernanceClient, type GovernanceClient, type GovernanceClientOptions } from "../../core/client/index.js";
import { localSigner, type Signer } from "../../core/cose/index.js";
import { startSandbox } from "../../sandbox/index.js";

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

export interface Service {
  sandbox: Sandbox;
  signers: Signer[];
  client: GovernanceClient;
  /** Every request the client sent: "METHOD path". */
  sent: string[];
  newClient(options?: Partial<GovernanceClientOptions>): GovernanceClient;
  close(): Promise<void>;
}

/** Fast retries for tests: real waits, tiny delays. */
export const FAST_RETRY = { retries: 8, baseDelayMs: 20, maxDelayMs: 200 };

export async function startService(options: {
  ccfVersion: 4 | 5 | 6 | 7;
  members?: number;
  /** Default 1: an Open service has a recovery member, as in CCF. */
  recoveryMembers?: number;
  /** Default 1 (configured explicitly, as a CCF start config may). */
  recoveryThreshold?: number;
  nodes?: number;
  activate?: boolean;
  client?: Partial<GovernanceClientOptions>;
}): Promise<Service> {
  const dir = mkdtempSync(join(tmpdir(), "ccf-flows-"));
  const sandbox = await startSandbox({
    ccfVersion: options.ccfVersion,
    members: options.members ?? 1,
    recoveryMembers: options.recoveryMembers ?? 1,
    recoveryThreshold: options.recoveryThreshold ?? 1,
    nodes: options.nodes ?? 1,
    activate: options.activate ?? true,
    dir,
  });
  const signers = sandbox.members.map((m) => localSigner(m.privateKeyPem, m.certificatePem));
  const sent: string[] = [];
  const clients: GovernanceClient[] = [];
  const newClient = (extra: Partial<GovernanceClientOptions> = {}) => {
    const c = createGovernanceClient({
      nodes: sandbox.urls ?? [sandbox.url],
      serviceCertificatePem: sandbox.serviceCertificatePem,
      retry: FAST_RETRY,
      onRequest: (i) => sent.push(`${i.method} ${i.path}`),
      ...options.client,
      ...extra,
    });
    clients.push(c);
    return c;
  };
  const client = newClient();
  return {
    sandbox,
    signers,
    client,
    sent,
    newClient,
    async close() {
      await Promise.all(clients.map((c) => c.close()));
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const PROFILES = [4, 5, 6, 7] as const;

/** Counts requests by "METHOD" and by a path fragment. */
export function count(sent: string[], method: string, fragment = ""): number {
  return sent.filter((s) => s.startsWith(`${method} `) && s.includes(fragment)).length;
}
