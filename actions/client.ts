/** The governance client a command talks through: node URLs and the pinned service certificate from inputs. */
import { createGovernanceClient, formatSeconds, parseApiChoice, parseDuration, type GovernanceClient } from "../core/client/index.js";
import { input, nodeUrlsInput, pemOrPathInput } from "./inputs.js";
import * as core from "./toolkit.js";
import type { RunContext } from "./event.js";

export interface ConnectedClient {
  client: GovernanceClient;
  serviceCertificatePem: string;
}

export function clientFromInputs(command: string, run: RunContext): ConnectedClient {
  const nodes = nodeUrlsInput(command);
  const serviceCertificatePem = pemOrPathInput("service-cert", command, run.workspace);
  const api = parseApiChoice(input("api-version") || "auto", "api-version");
  const timeoutMs = parseDuration(input("timeout") || "60s", "timeout");
  const client = createGovernanceClient({
    nodes,
    serviceCertificatePem,
    api,
    timeoutMs,
    onRetry: (r) => core.info(`retry ${r.attempt}/${r.attempts} in ${formatSeconds(r.delayMs)} after ${r.reason} (${r.method} ${r.path} on ${r.node})`),
  });
  return { client, serviceCertificatePem };
}

/** Runs `fn` with a client, closing its connections afterwards whatever happens. */
export async function withClient<T>(command: string, run: RunContext, fn: (c: ConnectedClient) => Promise<T>): Promise<T> {
  const c = clientFromInputs(command, run);
  try {
    return await fn(c);
  } finally {
    await c.client.close().catch(() => undefined);
  }
}
