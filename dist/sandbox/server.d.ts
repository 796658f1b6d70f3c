/**
 * One node's TLS listener (node:https on 127.0.0.1): serves the node certificate endorsed by the
 * service identity, turns each HTTP exchange into a `SandboxRequest` and hands it to `handleRequest`.
 * Several listeners (one per node) share one SandboxService.
 */
import { type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { SandboxResponse } from "./http.js";
import type { SandboxService } from "./service.js";
export interface NodeServer {
    nodeIndex: number;
    url: string;
    port: number;
    server: Server;
    close(): Promise<void>;
}
export interface NodeServerOptions {
    host?: string;
    port?: number;
    /** Largest accepted request body (bytes). Default 1 MiB (CCF's default max body size). */
    maxBodyBytes?: number;
}
/** Member id of a valid TLS client certificate on the request's connection (classic cert auth). */
export declare function clientCertMemberId(req: IncomingMessage): string | undefined;
export declare function writeResponse(res: ServerResponse, response: SandboxResponse): void;
export declare function startNodeServer(service: SandboxService, nodeIndex: number, options?: NodeServerOptions): Promise<NodeServer>;
