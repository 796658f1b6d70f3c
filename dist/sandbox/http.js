export function jsonResponse(status, value, headers = {}) {
    return {
        status,
        headers: { "content-type": "application/json", ...headers },
        body: Buffer.from(JSON.stringify(value)),
    };
}
export function textResponse(status, text, contentType, headers = {}) {
    return { status, headers: { "content-type": contentType, ...headers }, body: Buffer.isBuffer(text) ? text : Buffer.from(text) };
}
export function noContent(headers = {}) {
    return { status: 204, headers: { ...headers }, body: Buffer.alloc(0) };
}
export function errorBody(code, message, details) {
    return { error: details ? { code, message, details } : { code, message } };
}
export function errorResponse(status, code, message, details, headers = {}) {
    return jsonResponse(status, errorBody(code, message, details), headers);
}
/**
 * Thrown by handlers and governance operations: becomes a CCF error response. Anything else thrown
 * becomes `500 InternalError` with the exception's text, as CCF's frontend catch-all does.
 */
export class ApiError extends Error {
    status;
    code;
    details;
    headers;
    constructor(status, code, message, options = {}) {
        super(message);
        this.name = "ApiError";
        this.status = status;
        this.code = code;
        this.details = options.details;
        this.headers = options.headers ?? {};
    }
    toResponse() {
        return errorResponse(this.status, this.code, this.message, this.details, this.headers);
    }
}
/** Shortcuts for the OData codes used by governance (include/ccf/odata_error.h). */
export const badRequest = (code, message) => new ApiError(400, code, message);
export const forbidden = (code, message) => new ApiError(403, code, message);
export const notFound = (code, message) => new ApiError(404, code, message);
export const internalError = (message) => new ApiError(500, "InternalError", message);
/** Parses a request body as JSON the way a handler does (nlohmann parse error → 400 InvalidInput). */
export function parseJsonBody(body) {
    const text = Buffer.from(body).toString("utf8");
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw badRequest("InvalidInput", err.message);
    }
}
