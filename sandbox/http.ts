/**
 * Request/response values passed through the sandbox's pipeline, and CCF's error envelope (§2.8):
 * `{"error": {"code": "<OData code>", "message": "...", "details"?: [...]}}`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export interface SandboxRequest {
  method: string;
  /** Path without the query string, percent-decoding NOT applied (CCF matches raw paths). */
  path: string;
  /** Raw query string without the leading "?" ("" when absent). */
  rawQuery: string;
  query: URLSearchParams;
  /** Lower-cased header names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Buffer;
  /** Original request target (path + query), for redirects and forwarding. */
  url: string;
}

export interface SandboxResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): SandboxResponse {
  return {
    status,
    headers: { "content-type": "application/json", ...headers },
    body: Buffer.from(JSON.stringify(value)),
  };
}

export function textResponse(status: number, text: string | Buffer, contentType: string, headers: Record<string, string> = {}): SandboxResponse {
  return { status, headers: { "content-type": contentType, ...headers }, body: Buffer.isBuffer(text) ? text : Buffer.from(text) };
}

export function noContent(headers: Record<string, string> = {}): SandboxResponse {
  return { status: 204, headers: { ...headers }, body: Buffer.alloc(0) };
}

export interface ErrorDetail {
  auth_policy?: string;
  code: string;
  message: string;
}

export function errorBody(code: string, message: string, details?: ErrorDetail[]): { error: { code: string; message: string; details?: ErrorDetail[] } } {
  return { error: details ? { code, message, details } : { code, message } };
}

export function errorResponse(status: number, code: string, message: string, details?: ErrorDetail[], headers: Record<string, string> = {}): SandboxResponse {
  return jsonResponse(status, errorBody(code, message, details), headers);
}

/**
 * Thrown by handlers and governance operations: becomes a CCF error response. Anything else thrown
 * becomes `500 InternalError` with the exception's text, as CCF's frontend catch-all does.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details?: ErrorDetail[];
  readonly headers: Record<string, string>;
  constructor(status: number, code: string, message: string, options: { details?: ErrorDetail[]; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  toResponse(): SandboxResponse {
    return errorResponse(this.status, this.code, this.message, this.details, this.headers);
  }
}

/** Shortcuts for the OData codes used by governance (include/ccf/odata_error.h). */
export const badRequest = (code: string, message: string) => new ApiError(400, code, message);
export const forbidden = (code: string, message: string) => new ApiError(403, code, message);
export const notFound = (code: string, message: string) => new ApiError(404, code, message);
export const internalError = (message: string) => new ApiError(500, "InternalError", message);

/** Raw node objects for the hooks that need the socket (fault injection: drop a connection). */
export interface RawExchange {
  req: IncomingMessage;
  res: ServerResponse;
}

/** Parses a request body as JSON the way a handler does (nlohmann parse error → 400 InvalidInput). */
export function parseJsonBody(body: Uint8Array): unknown {
  const text = Buffer.from(body).toString("utf8");
  try {
    return JSON.parse(text);
  } catch (err) {
    throw badRequest("InvalidInput", (err as Error).message);
  }
}
