/**
 * The sandbox's control API: the same operations in process (`SandboxControl`) and over HTTPS under
 * `/control/...` on every node. Control routes answer only loopback peers (403 otherwise), are never
 * subject to faults and are never forwarded: they act on the whole sandbox whichever node receives them.
 *
 *   GET  /control/faults                         current fault rules and counters
 *   POST /control/faults/latency                 {"ms", "count"?, "nodeIndex"?, "method"?, "path"?}
 *   POST /control/faults/unavailable             {"count"? | "durationMs"?, "retryAfterSeconds"?, "nodeIndex"?, "method"?, "path"?}
 *   POST /control/faults/drop                    {"when": "before-write"|"after-commit", "count"?, "nodeIndex"?, "method"?, "path"?}
 *   POST /control/faults/clear
 *   GET  /control/nodes                          [{"index","nodeId","url","running","primary"}]
 *   POST /control/nodes/{index}/stop | /start
 *   POST /control/restart                        202, then every node stops and starts from DIR
 *   POST /control/disaster                       {"serviceCertificate","previousServiceCertificate"}
 */
import { isIP } from "node:net";
import type { Route, RequestContext } from "./router.js";
import { ApiError, jsonResponse, type SandboxResponse } from "./http.js";
import type { DropFault, FaultInjector, FaultSnapshot, LatencyFault, UnavailableFault } from "./faults.js";
import type { NodeView } from "./cluster.js";
import type { DisasterResult } from "./recovery/index.js";

/** In-process control of a running sandbox (what `startSandbox(...).control` exposes). */
export interface SandboxControl {
  readonly faults: FaultInjector;
  addLatency(fault: LatencyFault): void;
  failWithUnavailable(fault?: UnavailableFault): void;
  dropConnection(fault: DropFault): void;
  clearFaults(): void;
  faultSnapshot(): FaultSnapshot;
  nodes(): NodeView[];
  stopNode(index: number): Promise<void>;
  startNode(index: number): Promise<string>;
  /** Stops every node and starts it again from the state persisted in DIR (same ports). */
  restart(): Promise<void>;
  /** Service → Recovering under a new service identity (recovery/disaster.ts). */
  simulateDisaster(): Promise<DisasterResult>;
  /** Resolves once a started private recovery has opened the service. */
  privateRecoveryDone(): Promise<void>;
}

/** True for 127.0.0.0/8, ::1 and IPv4-mapped loopback. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const a = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (isIP(a) === 4) return a.startsWith("127.");
  return a === "::1";
}

function requireLoopback(ctx: RequestContext): void {
  const address = ctx.raw?.req.socket.remoteAddress;
  if (!isLoopbackAddress(address)) {
    throw new ApiError(403, "Forbidden", "The sandbox control API only answers loopback clients.");
  }
}

function body(ctx: RequestContext): Record<string, unknown> {
  if (ctx.req.body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(ctx.req.body.toString("utf8"));
  } catch (err) {
    throw new ApiError(400, "InvalidInput", `request body: ${(err as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ApiError(400, "InvalidInput", "request body: must be a JSON object");
  }
  return value as Record<string, unknown>;
}

function invalid(err: unknown): ApiError {
  return new ApiError(400, "InvalidInput", err instanceof Error ? err.message : String(err));
}

function nodeIndexParam(ctx: RequestContext): number {
  const text = ctx.params["index"] ?? "";
  if (!/^\d+$/.test(text)) throw new ApiError(400, "InvalidInput", `node index must be a non-negative integer (got '${text}')`);
  return Number(text);
}

function controlRoute(path: string, method: string, handler: (ctx: RequestContext) => SandboxResponse | Promise<SandboxResponse>): Route {
  return {
    method,
    path,
    api: "control",
    handler: async (ctx) => {
      requireLoopback(ctx);
      return handler(ctx);
    },
  };
}

export function controlRoutes(control: SandboxControl): Route[] {
  const configure = (apply: (b: Record<string, unknown>) => void) => (ctx: RequestContext) => {
    const b = body(ctx);
    try {
      apply(b);
    } catch (err) {
      throw invalid(err);
    }
    return jsonResponse(200, control.faultSnapshot());
  };
  return [
    controlRoute("/control/faults", "GET", () => jsonResponse(200, control.faultSnapshot())),
    controlRoute("/control/faults/latency", "POST", configure((b) => control.addLatency(b as unknown as LatencyFault))),
    controlRoute("/control/faults/unavailable", "POST", configure((b) => control.failWithUnavailable(b as UnavailableFault))),
    controlRoute("/control/faults/drop", "POST", configure((b) => control.dropConnection(b as unknown as DropFault))),
    controlRoute("/control/faults/clear", "POST", () => {
      control.clearFaults();
      return jsonResponse(200, control.faultSnapshot());
    }),
    controlRoute("/control/nodes", "GET", () => jsonResponse(200, control.nodes())),
    controlRoute("/control/nodes/{index}/stop", "POST", async (ctx) => {
      const index = nodeIndexParam(ctx);
      try {
        // Answer first when a node stops itself: its listener closes with this connection.
        await new Promise<void>((resolve) => setImmediate(resolve));
        await control.stopNode(index);
      } catch (err) {
        throw invalid(err);
      }
      return jsonResponse(200, control.nodes());
    }),
    controlRoute("/control/nodes/{index}/start", "POST", async (ctx) => {
      const index = nodeIndexParam(ctx);
      try {
        await control.startNode(index);
      } catch (err) {
        throw invalid(err);
      }
      return jsonResponse(200, control.nodes());
    }),
    controlRoute("/control/restart", "POST", (ctx) => {
      // The listener that carries this answer is about to close: restart once the answer is written.
      const res = ctx.raw?.res;
      const go = () => void control.restart().catch(() => undefined);
      if (res) res.once("finish", go);
      else setImmediate(go);
      return jsonResponse(202, { restarting: true });
    }),
    controlRoute("/control/disaster", "POST", async () => {
      try {
        const r = await control.simulateDisaster();
        return jsonResponse(200, { serviceCertificate: r.serviceCertificatePem, previousServiceCertificate: r.previousServiceCertificatePem });
      } catch (err) {
        throw new ApiError(409, "InvalidState", err instanceof Error ? err.message : String(err));
      }
    }),
  ];
}
