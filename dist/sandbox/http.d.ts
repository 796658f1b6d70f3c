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
export declare function jsonResponse(status: number, value: unknown, headers?: Record<string, string>): SandboxResponse;
export declare function textResponse(status: number, text: string | Buffer, contentType: string, headers?: Record<string, string>): SandboxResponse;
export declare function noContent(headers?: Record<string, string>): SandboxResponse;
export interface ErrorDetail {
    auth_policy?: string;
    code: string;
    message: string;
}
export declare function errorBody(code: string, message: string, details?: ErrorDetail[]): {
    error: {
        code: string;
        message: string;
        details?: ErrorDetail[];
    };
};
export declare function errorResponse(status: number, code: string, message: string, details?: ErrorDetail[], headers?: Record<string, string>): SandboxResponse;
/**
 * Thrown by handlers and governance operations: becomes a CCF error response. Anything else thrown
 * becomes `500 InternalError` with the exception's text, as CCF's frontend catch-all does.
 */
export declare class ApiError extends Error {
    readonly status: number;
    readonly code: string;
    readonly details?: ErrorDetail[];
    readonly headers: Record<string, string>;
    constructor(status: number, code: string, message: string, options?: {
        details?: ErrorDetail[];
        headers?: Record<string, string>;
    });
    toResponse(): SandboxResponse;
}
/** Shortcuts for the OData codes used by governance (include/ccf/odata_error.h). */
export declare const badRequest: (code: string, message: string) => ApiError;
export declare const forbidden: (code: string, message: string) => ApiError;
export declare const notFound: (code: string, message: string) => ApiError;
export declare const internalError: (message: string) => ApiError;
/** Raw node objects for the hooks that need the socket (fault injection: drop a connection). */
export interface RawExchange {
    req: IncomingMessage;
    res: ServerResponse;
}
/** Parses a request body as JSON the way a handler does (nlohmann parse error → 400 InvalidInput). */
export declare function parseJsonBody(body: Uint8Array): unknown;
