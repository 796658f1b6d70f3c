/**
 * One node's TLS listener (node:https on 127.0.0.1): serves the node certificate endorsed by the
 * service identity, turns each HTTP exchange into a `SandboxRequest` and hands it to `handleRequest`.
 * Several listeners (one per node) share one SandboxService.
 */
import { createServer } from "node:https";
import { createHash } from "node:crypto";
import { handleRequest } from "./pipeline.js";
function collectHeaders(req) {
    const out = {};
    for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined)
            continue;
        out[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    return out;
}
/** Member id of a valid TLS client certificate on the request's connection (classic cert auth). */
export function clientCertMemberId(req) {
    const socket = req.socket;
    if (!socket || typeof socket.getPeerCertificate !== "function")
        return undefined;
    const cert = socket.getPeerCertificate();
    if (!cert || !cert.raw)
        return undefined;
    // CCF's cert auth checks the validity period against the current time (§1.5).
    const now = Date.now();
    if (now < Date.parse(cert.valid_from) || now > Date.parse(cert.valid_to))
        return undefined;
    return createHash("sha256").update(cert.raw).digest("hex");
}
export function writeResponse(res, response) {
    const headers = { ...response.headers, "content-length": response.body.length };
    res.writeHead(response.status, headers);
    res.end(response.body);
}
export async function startNodeServer(service, nodeIndex, options = {}) {
    const node = service.state.nodes[nodeIndex];
    if (!node)
        throw new RangeError(`no node ${nodeIndex}`);
    const host = options.host ?? "127.0.0.1";
    const maxBody = options.maxBodyBytes ?? 1024 * 1024;
    const server = createServer({
        key: node.privateKeyPem,
        cert: node.certificatePem,
        // Classic cert-or-COSE endpoints accept a member TLS client certificate; never required.
        requestCert: service.profile.classic,
        rejectUnauthorized: false,
    });
    server.keepAliveTimeout = 30_000;
    server.on("request", (req, res) => {
        const chunks = [];
        let size = 0;
        let tooLarge = false;
        req.on("data", (chunk) => {
            size += chunk.length;
            if (size > maxBody)
                tooLarge = true;
            else
                chunks.push(chunk);
        });
        req.on("end", () => {
            if (tooLarge) {
                writeResponse(res, {
                    status: 413,
                    headers: { "content-type": "application/json" },
                    body: Buffer.from(JSON.stringify({ error: { code: "RequestBodyTooLarge", message: `Request body too large (${size} > ${maxBody} bytes)` } })),
                });
                return;
            }
            const target = req.url ?? "/";
            const q = target.indexOf("?");
            const rawQuery = q >= 0 ? target.slice(q + 1) : "";
            const sreq = {
                method: req.method ?? "GET",
                path: q >= 0 ? target.slice(0, q) : target,
                rawQuery,
                query: new URLSearchParams(rawQuery),
                headers: collectHeaders(req),
                body: Buffer.concat(chunks),
                url: target,
            };
            handleRequest(service, sreq, { nodeIndex, raw: { req, res }, clientCertMemberId: clientCertMemberId(req) }).then((response) => {
                if (response === "drop") {
                    req.socket.destroy();
                    return;
                }
                if (!res.headersSent && !res.destroyed)
                    writeResponse(res, response);
            }, (err) => {
                if (!res.headersSent && !res.destroyed) {
                    writeResponse(res, {
                        status: 500,
                        headers: { "content-type": "application/json" },
                        body: Buffer.from(JSON.stringify({ error: { code: "InternalError", message: err.message } })),
                    });
                }
            });
        });
    });
    await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port ?? 0, host, () => {
            server.off("error", reject);
            resolve();
        });
    });
    const port = server.address().port;
    return {
        nodeIndex,
        url: `https://${host}:${port}`,
        port,
        server,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}
