/**
 * Bounds for every request an Azure SDK client sends for us (Key Vault): a per-try timeout and a cap on the
 * response body. The SDK reads bodies whole; this pipeline policy asks for the body as a stream, reads at most
 * `maxBytes` (more ends the request with an error) and hands the text on as the SDK expects it.
 */
import type { Readable } from "node:stream";
import { CcfConsortiumError } from "../errors.js";

/** Key Vault answers are small JSON documents (a signature, a key bundle, an error). */
export const MAX_VAULT_RESPONSE_BYTES = 256 * 1024;

interface PolicyRequest {
  url: string;
  timeout: number;
  streamResponseStatusCodes?: Set<number>;
  tlsSettings?: { ca?: string | string[] };
}
interface PolicyResponse {
  status: number;
  bodyAsText?: string | null;
  readableStreamBody?: NodeJS.ReadableStream;
}
type Next = (request: PolicyRequest) => Promise<PolicyResponse>;

export interface BoundedHttpOptions {
  /** Per-try timeout (the SDK retries within the caller's overall deadline). */
  timeoutMs: number;
  maxBytes?: number;
  /** Extra CA certificates (PEM) to trust besides Node's store and NODE_EXTRA_CA_CERTS. */
  caPem?: string;
}

/** A `@azure/core-rest-pipeline` policy (position "perRetry"). */
export function boundedHttpPolicy(options: BoundedHttpOptions): { name: string; sendRequest(request: PolicyRequest, next: Next): Promise<PolicyResponse> } {
  const maxBytes = options.maxBytes ?? MAX_VAULT_RESPONSE_BYTES;
  return {
    name: "ccfConsortiumBoundedHttp",
    async sendRequest(request, next) {
      request.timeout = request.timeout > 0 ? Math.min(request.timeout, options.timeoutMs) : options.timeoutMs;
      if (options.caPem) {
        const { rootCertificates } = await import("node:tls");
        request.tlsSettings = { ...request.tlsSettings, ca: [...rootCertificates, options.caPem] };
      }
      const streamed = request.streamResponseStatusCodes;
      request.streamResponseStatusCodes = new Set([Number.POSITIVE_INFINITY]);
      let response: PolicyResponse;
      try {
        response = await next(request);
      } finally {
        request.streamResponseStatusCodes = streamed;
      }
      const stream = response.readableStreamBody;
      if (!stream || streamed?.has(response.status) || streamed?.has(Number.POSITIVE_INFINITY)) return response;
      response.bodyAsText = await readCapped(stream as Readable, maxBytes, new URL(request.url));
      response.readableStreamBody = undefined;
      return response;
    },
  };
}

async function readCapped(stream: Readable, maxBytes: number, url: URL): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) {
      stream.destroy();
      throw new CcfConsortiumError("SIGNER", `${url.origin}${url.pathname}: the response is larger than ${maxBytes} bytes`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString("utf8");
}
