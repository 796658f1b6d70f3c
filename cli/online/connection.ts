import { quoteValue } from "../../core/text/input-value.js";
import { InputError } from "../../core/errors.js";
import { loadCertificate, certificatePem } from "../../core/identity/certificate.js";
import type { ApiChoice } from "../../core/client/model.js";
import { nodeOrigin, parseApiChoice, parseDuration } from "../../core/client/connection-inputs.js";
import type { GovernanceClient } from "../../core/client/governance-client.js";
import { optional, type OptionSpec } from "../args.js";
import { println, type Io } from "../io.js";
import { readFlagFile, flagInput } from "../files.js";

/** Flags every online command takes. */
export const CONNECTION_FLAGS = {
  node: { type: "string", multiple: true },
  "service-cert": { type: "string" },
  servername: { type: "string" },
  api: { type: "string" },
  timeout: { type: "string" },
  json: { type: "boolean" },
  verbose: { type: "boolean", short: "v" },
} as const satisfies OptionSpec;

export const CONNECTION_USAGE = `Connection:
  --node URL               https://host:port of a node; repeat it to fail over to the next node
  --service-cert PEM       the service certificate file: the only trust root for TLS
  --servername NAME        name checked against the node certificates (when --node is an IP the
                           certificates do not name)
  --api VERSION            auto (default), 2024-07-01, 2023-06-01-preview or classic
  --timeout DURATION       give up on a node request after DURATION, retries included (default 60s;
                           e.g. 500ms, 30s, 2m); one attempt is also capped at 30 s, a reply at 16 MiB
  --json                   one JSON document on standard output instead of text
  -v, --verbose            print every HTTP request and retry on standard error`;

export interface ConnectionOptions {
  nodes: string[];
  serviceCertificatePem: string;
  servername?: string;
  api: ApiChoice;
  /** The operation deadline (ms) from --timeout, when given. */
  timeoutMs?: number;
}

/** Validates the connection flags: at least one https URL, a readable PEM certificate, a known API. */
export function connectionFromFlags(values: Record<string, unknown>, io: Io): ConnectionOptions {
  const nodes = (values.node as string[] | undefined) ?? [];
  if (nodes.length === 0) throw new InputError("--node", "is required (https://host:port of a node; repeat it for failover)");
  for (const url of nodes) nodeOrigin(url, "--node");
  const certPath = optional(values, "service-cert");
  if (!certPath) throw new InputError("--service-cert", "is required (the service certificate PEM, the TLS trust root)");
  const cert = loadCertificate(readFlagFile("--service-cert", certPath, io), flagInput("--service-cert", certPath));
  const servername = optional(values, "servername");
  if (servername !== undefined && !/^[A-Za-z0-9.-]+$/.test(servername)) {
    throw new InputError("--servername", `${quoteValue(servername, 100)} is not a host name`);
  }
  const api = parseApiChoice(optional(values, "api") ?? "auto", "--api");
  const timeout = optional(values, "timeout");
  const timeoutMs = timeout === undefined ? undefined : parseDuration(timeout, "--timeout");
  return { nodes, serviceCertificatePem: certificatePem(cert), ...(servername ? { servername } : {}), api, ...(timeoutMs !== undefined ? { timeoutMs } : {}) };
}

/**
 * Creates the governance client for the flags, already connecting to the first node (nothing is sent before
 * a request); with --verbose every request is printed on stderr. The client is loaded only once the
 * connection flags are known to be good: bad input fails fast, and a failed preconnect shows only on the
 * first request (which connects again).
 */
export async function clientFromFlags(values: Record<string, unknown>, io: Io, options: { onRequest?: (r: { method: string; path: string; node: string }) => void } = {}): Promise<GovernanceClient> {
  const connection = connectionFromFlags(values, io);
  const verbose = values.verbose === true;
  const [{ createGovernanceClient }, { formatSeconds }] = await Promise.all([import("../../core/client/governance-client.js"), import("../../core/client/errors.js")]);
  const client = createGovernanceClient({
    nodes: connection.nodes,
    serviceCertificatePem: connection.serviceCertificatePem,
    ...(connection.servername ? { servername: connection.servername } : {}),
    api: connection.api,
    ...(connection.timeoutMs !== undefined ? { timeoutMs: connection.timeoutMs } : {}),
    onRequest: (r) => {
      if (verbose) println(io.stderr, `→ ${r.method} ${r.path} (${r.node})`);
      options.onRequest?.(r);
    },
    ...(verbose ? { onRetry: (r) => println(io.stderr, `retry ${r.attempt}/${r.attempts} in ${formatSeconds(r.delayMs)} after ${r.reason} (${r.method} ${r.path} on ${r.node})`) } : {}),
  });
  // The TLS handshake runs while the command reads its keys; the first request takes the connection. One
  // turn of the event loop lets the connection's first flight go out before that synchronous work.
  client.preconnect();
  await new Promise((resolve) => setImmediate(resolve));
  return client;
}
