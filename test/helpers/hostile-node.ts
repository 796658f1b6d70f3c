/**
 * A hostile CCF node for tests: real TLS on loopback with a node certificate issued by a service identity
 * the client pins (so every failure is the node's behaviour, never a TLS refusal), misbehaving per mode.
 * In the modes that damage one reply, the other endpoints answer as a healthy 2024-07-01 node would (the
 * given members, an Open service, no proposals), so a command gets as far as the damaged reply.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createServer as createNetServer, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { createPki, startHttpsServer, type Pki, type TestServer } from "../client/pki.js";

export const HOSTILE_MODES = [
  "huge-body", // 200 streaming JSON without end (chunked, up to 4 GiB)
  "huge-declared", // 200 declaring a 2 GiB content-length
  "trickle", // 200, then one byte every 2 s
  "silent-socket", // accepts the TCP connection, never speaks (no TLS handshake)
  "no-answer", // TLS and request fine, never sends a status line
  "accept-close", // reads the request, then drops the connection
  "bad-framing", // 200 with both Content-Length and Transfer-Encoding (request smuggling's signature), raw on the socket
  "malformed-json", // 200 application/json that is not JSON
  "truncated-json", // 200 application/json cut in the middle of a string
  "html", // 200 text/html (a proxy's error page)
  "missing-fields", // 200 members without certificate/status
  "wrong-types", // 200 members with a numeric id and a boolean status
  "no-state-digest", // update-state-digest answers without stateDigest (ack would print "undefined")
  "no-proposal-id", // proposals:create answers without proposalId (add-member would print "undefined")
  "escape-error", // 500 whose CCF error code/message carry terminal escape sequences
  "redirect-loop", // 307 to itself, forever
  "foreign-redirect", // 307 to a TLS server another CA issued (not a node of this service)
  "busy-forever", // 503 TooManyPendingTransactions, Retry-After: 1, forever
] as const;
export type HostileMode = (typeof HOSTILE_MODES)[number];

export interface HostileMember {
  memberId: string;
  certificatePem: string;
  /** Default Accepted. */
  status?: "Accepted" | "Active";
}

/** The constitution the healthy endpoints serve (`GET /gov/service/constitution`). */
export const HOSTILE_CONSTITUTION = 'export function resolve(proposal, proposerId, votes) { return "Open"; }\n';

export interface HostileNode {
  url: string;
  serviceCertificatePem: string;
  mode: HostileMode;
  /** Requests received (any mode). */
  requests: number;
  close(): Promise<void>;
}

const ESC = "\u001b";

export async function startHostileNode(options: { mode: HostileMode; members?: HostileMember[] }): Promise<HostileNode> {
  const pki: Pki = createPki("Hostile Service");
  const otherPki: Pki = createPki("Foreign Service");
  const tls = pki.node("IP:127.0.0.1,DNS:localhost");
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let foreign: TestServer | undefined;
  if (options.mode === "foreign-redirect") {
    foreign = await startHttpsServer(otherPki.node("IP:127.0.0.1,DNS:localhost"), (_req, _body, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"value":[]}');
    });
  }
  const node: HostileNode = {
    url: "",
    serviceCertificatePem: pki.serviceCertificatePem,
    mode: options.mode,
    requests: 0,
    close: async () => {
      for (const t of timers) clearInterval(t);
      for (const s of sockets) s.destroy();
      https.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await foreign?.close();
      pki.dispose();
      otherPki.dispose();
    },
  };

  const https = createHttpsServer({ key: tls.keyPem, cert: tls.certPem }, (req, res) => {
    node.requests++;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => serve(options.mode, req, res));
  });

  function serve(mode: HostileMode, req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? "/";
    switch (mode) {
      case "huge-body":
        return streamForever(res);
      case "huge-declared":
        res.writeHead(200, { "content-type": "application/json", "content-length": String(2 * 1024 ** 3) });
        res.write('{"value":[');
        return;
      case "trickle": {
        res.writeHead(200, { "content-type": "application/json" });
        const text = '{"value":[' + " ".repeat(10_000);
        let i = 0;
        const t = setInterval(() => {
          if (res.destroyed || i >= text.length) return void clearInterval(t);
          res.write(text[i++]!);
        }, 2000);
        timers.add(t);
        res.on("close", () => clearInterval(t));
        res.write(text[i++]!);
        return;
      }
      case "no-answer":
        return; // the request was read; no status line ever comes
      case "accept-close":
        req.socket.destroy();
        return;
      case "bad-framing":
        req.socket.end("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        return;
      case "malformed-json":
        return send(res, 200, '{"value": [1, 2,, }', "application/json");
      case "truncated-json":
        return send(res, 200, '{"value":[{"memberId":"ab', "application/json");
      case "html":
        return send(res, 200, "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>", "text/html");
      case "escape-error":
        return json(res, 500, { error: { code: `InternalError${ESC}[31m`, message: `${ESC}]0;owned${ESC}\\${ESC}[2J${ESC}[1;1Hall your keys are belong to us\u0007` } });
      case "redirect-loop":
        res.writeHead(307, { location: url });
        return void res.end();
      case "foreign-redirect":
        res.writeHead(307, { location: `${foreign!.url}${url}` });
        return void res.end();
      case "busy-forever":
        return json(res, 503, { error: { code: "TooManyPendingTransactions", message: "Too many transactions pending commit on the service." } }, { "retry-after": "1" });
      default:
        return healthy(mode, req.method ?? "GET", url, res);
    }
  }

  /** A 2024-07-01 node (any api-version accepted) with the given members, damaged per mode. */
  function healthy(mode: HostileMode, method: string, url: string, res: ServerResponse): void {
    const path = url.split("?")[0]!;
    const members = (options.members ?? []).map((m) => ({ memberId: m.memberId, status: m.status ?? "Accepted", certificate: m.certificatePem, memberData: null, recoveryRole: "NonParticipant" }));
    const one = (id: string) => members.find((m) => m.memberId === id);
    if (method === "GET" && path === "/gov/service/members") {
      if (mode === "missing-fields") return json(res, 200, { value: members.map(({ memberId, memberData }) => ({ memberId, memberData })) });
      if (mode === "wrong-types") return json(res, 200, { value: members.map((m) => ({ ...m, memberId: 42, status: true })) });
      return json(res, 200, { value: members });
    }
    let m = /^\/gov\/service\/members\/([0-9a-f]{64})$/.exec(path);
    if (method === "GET" && m) {
      const member = one(m[1]!);
      if (!member) return json(res, 404, { error: { code: "ResourceNotFound", message: `Member ${m[1]} does not exist.` } });
      if (mode === "missing-fields") return json(res, 200, { memberId: member.memberId });
      if (mode === "wrong-types") return json(res, 200, { ...member, status: 1 });
      return json(res, 200, member);
    }
    if (method === "GET" && path === "/gov/members/proposals") return json(res, 200, { value: [] });
    if (method === "GET" && path === "/gov/service/nodes") return json(res, 200, { value: [] });
    if (method === "GET" && path === "/gov/service/constitution") return send(res, 200, HOSTILE_CONSTITUTION, "text/javascript");
    if (method === "GET" && path === "/gov/service/info") {
      return json(res, 200, { status: "Open", certificate: pki.serviceCertificatePem, recoveryCount: 0, configuration: { recoveryThreshold: 1 } });
    }
    m = /^\/gov\/members\/state-digests\/([0-9a-f]{64}):update$/.exec(path);
    if (method === "POST" && m) {
      return json(res, 200, mode === "no-state-digest" ? { memberId: m[1] } : { memberId: m[1], stateDigest: "ab".repeat(32) }, { "x-ms-ccf-transaction-id": "2.10" });
    }
    if (method === "POST" && /^\/gov\/members\/state-digests\/[0-9a-f]{64}:ack$/.test(path)) {
      res.writeHead(204, { "x-ms-ccf-transaction-id": "2.11" });
      return void res.end();
    }
    if (method === "POST" && path === "/gov/members/proposals:create") {
      const proposal = { proposalId: randomBytes(32).toString("hex"), proposerId: members[0]?.memberId ?? "0".repeat(64), proposalState: "Open", ballotCount: 0 };
      if (mode === "no-proposal-id") return json(res, 200, { proposerId: proposal.proposerId, proposalState: "Open", ballotCount: 0 }, { "x-ms-ccf-transaction-id": "2.12" });
      return json(res, 200, proposal, { "x-ms-ccf-transaction-id": "2.12" });
    }
    return json(res, 404, { error: { code: "ResourceNotFound", message: `Unknown path: ${path}.` } });
  }

  function streamForever(res: ServerResponse): void {
    res.writeHead(200, { "content-type": "application/json" });
    const chunk = Buffer.from(`{"memberId":"${"ab".repeat(32)}","status":"Active","certificate":"${"A".repeat(65_000)}"},`);
    let sent = 0;
    const pump = () => {
      while (!res.destroyed && sent < 4 * 1024 ** 3) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
    };
    res.write('{"value":[');
    pump();
  }

  // The front door: every TCP connection goes to the TLS server, except in silent-socket mode.
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    if (options.mode === "silent-socket") return;
    https.emit("connection", socket);
  });
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  node.url = `https://127.0.0.1:${(front.address() as AddressInfo).port}`;
  return node;
}

function send(res: ServerResponse, status: number, body: string, type: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body), ...headers });
  res.end(body);
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  send(res, status, JSON.stringify(body), "application/json", headers);
}
