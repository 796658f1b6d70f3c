/**
 * Reads the audit needs that the governance client does not model (yet): the live constitution and the
 * nodes with their attestation. Sent through the client's pinned transport, per API flavour.
 */
import { CcfConsortiumError } from "../core/errors.js";
import { GovernanceError, type GovernanceClient } from "../core/client/index.js";
import type { TrustedNode } from "./audit.js";

async function get(client: GovernanceClient, path: string): Promise<Buffer> {
  const res = await client.transport.send({ method: "GET", path, idempotent: true });
  if (res.status !== 200) {
    let ccfCode: string | undefined;
    let ccfMessage: string | undefined;
    try {
      const e = (JSON.parse(res.body.toString("utf8")) as { error?: { code?: string; message?: string } }).error;
      ccfCode = e?.code;
      ccfMessage = e?.message;
    } catch {
      ccfMessage = res.body.toString("utf8").slice(0, 200) || undefined;
    }
    throw new GovernanceError({ status: res.status, ccfCode, ccfMessage, method: "GET", path, node: res.node });
  }
  return res.body;
}

/** The constitution's source bytes as stored (the new API serves the JS; classic /gov/kv serves a JSON string). */
export async function readConstitution(client: GovernanceClient): Promise<Buffer> {
  const api = await client.api();
  if (api === "classic") {
    const value = JSON.parse((await get(client, "/gov/kv/constitution")).toString("utf8")) as unknown;
    if (typeof value !== "string") throw new CcfConsortiumError("CCF_ERROR", "unexpected /gov/kv/constitution: not a JSON string");
    return Buffer.from(value, "utf8");
  }
  return get(client, `/gov/service/constitution?api-version=${api}`);
}

/** Nodes with status Trusted and their attestation format/measurement. */
export async function readTrustedNodes(client: GovernanceClient): Promise<TrustedNode[]> {
  const api = await client.api();
  if (api === "classic") {
    const info = JSON.parse((await get(client, "/gov/kv/nodes/info")).toString("utf8")) as Record<string, { status?: string; quote_info?: { format?: string; measurement?: string } }>;
    return Object.entries(info)
      .filter(([, n]) => n.status === "Trusted")
      .map(([nodeId, n]) => ({ nodeId, format: n.quote_info?.format, measurement: n.quote_info?.measurement }));
  }
  const body = JSON.parse((await get(client, `/gov/service/nodes?api-version=${api}`)).toString("utf8")) as {
    value?: { nodeId: string; status?: string; quoteInfo?: { format?: string; measurement?: string }; measurement?: string }[];
  };
  return (body.value ?? [])
    .filter((n) => n.status === "Trusted")
    .map((n) => ({ nodeId: n.nodeId, format: n.quoteInfo?.format, measurement: n.quoteInfo?.measurement ?? n.measurement }));
}
