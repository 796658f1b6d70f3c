// core/client/http1.ts: the HTTP/1.1 reply reader the transport uses. Every reply is fed whole, byte by
// byte and in random splits (the result must not depend on how TLS records cut it); framing it cannot be
// sure of is refused with a typed error; arbitrary bytes never give anything else.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BodyTooLargeError, HttpFramingError, ResponseReader, type Http1Response } from "../../core/client/http1.js";

const LIMITS = { maxHeaderBytes: 4096, maxBodyBytes: 1024 };

/** Feeds `parts` in order; then, if the reply is still open, ends the connection. */
function read(parts: Buffer[], options: { end?: boolean } = {}): Http1Response | undefined {
  const reader = new ResponseReader(LIMITS);
  let reply: Http1Response | undefined;
  for (const p of parts) reply = reader.push(p) ?? reply;
  if (!reply && options.end) reply = reader.end();
  return reply;
}

const bytes = (s: string) => Buffer.from(s, "latin1");
const oneByOne = (s: string) => [...bytes(s)].map((b) => Buffer.from([b]));

/** Cuts `s` at the given offsets. */
function splitAt(s: string, cuts: number[]): Buffer[] {
  const b = bytes(s);
  const at = [...new Set(cuts.map((c) => c % (b.length + 1)))].sort((x, y) => x - y);
  const out: Buffer[] = [];
  let prev = 0;
  for (const c of [...at, b.length]) {
    out.push(b.subarray(prev, c));
    prev = c;
  }
  return out;
}

const VALID: Record<string, { text: string; end?: boolean; status: number; body: string; reusable: boolean; headers?: Record<string, unknown> }> = {
  "content-length": { text: 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{"a":"bcd"}', status: 200, body: '{"a":"bcd"}', reusable: true, headers: { "content-type": "application/json" } },
  chunked: { text: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\nX-Trailer: 1\r\n\r\n", status: 200, body: "Wikipedia", reusable: true },
  "no length: read to the end": { text: "HTTP/1.1 200 OK\r\n\r\nall of it", end: true, status: 200, body: "all of it", reusable: false },
  "204 has no body": { text: "HTTP/1.1 204 No Content\r\nx-ms-ccf-transaction-id: 2.15\r\n\r\n", status: 204, body: "", reusable: true, headers: { "x-ms-ccf-transaction-id": "2.15" } },
  "interim 100 then the reply": { text: "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok", status: 201, body: "ok", reusable: true },
  "Connection: close": { text: "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 2\r\nContent-Length: 0\r\n\r\n", status: 503, body: "", reusable: false, headers: { "retry-after": "2" } },
  "HTTP/1.0": { text: "HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx", status: 200, body: "x", reusable: false },
  "repeated headers, optional whitespace": { text: "HTTP/1.1 200 OK\r\nSet-Cookie: a\r\nset-cookie:b \t\r\nContent-Length: 0\r\n\r\n", status: 200, body: "", reusable: true, headers: { "set-cookie": ["a", "b"] } },
  "a repeated identical Content-Length": { text: "HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nhi", status: 200, body: "hi", reusable: true },
};

describe("HTTP/1.1 reply reader", () => {
  for (const [name, c] of Object.entries(VALID)) {
    it(`${name}: the same reply whole, byte by byte and in any split`, () => {
      for (const parts of [[bytes(c.text)], oneByOne(c.text)]) {
        const reply = read(parts, { end: c.end ?? false })!;
        expect(reply.status).toBe(c.status);
        expect(reply.body.toString("latin1")).toBe(c.body);
        expect(reply.reusable).toBe(c.reusable);
        if (c.headers) expect(reply.headers).toMatchObject(c.headers);
      }
      fc.assert(
        fc.property(fc.array(fc.nat(c.text.length), { maxLength: 12 }), (cuts) => {
          const reply = read(splitAt(c.text, cuts), { end: c.end ?? false })!;
          return reply.status === c.status && reply.body.toString("latin1") === c.body && reply.reusable === c.reusable;
        }),
        { numRuns: 200 },
      );
    });
  }

  it("waits for more: no reply until the last byte of the body", () => {
    const reader = new ResponseReader(LIMITS);
    expect(reader.push(bytes("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nab"))).toBeUndefined();
    expect(reader.inBody).toBe(true);
    expect(reader.push(bytes("c"))!.body.toString()).toBe("abc");
  });

  it("bytes after a complete reply: the reply stands, the connection is not reused", () => {
    expect(read([bytes("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxHTTP/1.1 200 OK")])!.reusable).toBe(false);
  });

  const REFUSED: Record<string, { text: string; error: RegExp; end?: boolean; type?: typeof HttpFramingError | typeof BodyTooLargeError }> = {
    "a malformed status line": { text: "HTTP/2 200 OK\r\n\r\n", error: /a malformed status line/ },
    "not HTTP at all": { text: "<html>hello</html>\r\n\r\n", error: /a malformed status line/ },
    "both framings (request smuggling's signature)": { text: "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", error: /both Transfer-Encoding and Content-Length/ },
    "conflicting Content-Length": { text: "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n", error: /an invalid Content-Length/ },
    "a negative Content-Length": { text: "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", error: /an invalid Content-Length/ },
    "an unsupported Transfer-Encoding": { text: "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", error: /an unsupported Transfer-Encoding/ },
    "a folded header": { text: "HTTP/1.1 200 OK\r\nX-A: 1\r\n  continued\r\n\r\n", error: /a folded header line/ },
    "a header without a colon": { text: "HTTP/1.1 200 OK\r\nnocolon\r\n\r\n", error: /a malformed header line/ },
    "a control character in a value": { text: "HTTP/1.1 200 OK\r\nX-A: a\x1b[2Jb\r\n\r\n", error: /a control character in a header value/ },
    "101 never asked for": { text: "HTTP/1.1 101 Switching Protocols\r\n\r\n", error: /101 Switching Protocols/ },
    "headers over the limit": { text: `HTTP/1.1 200 OK\r\nX-A: ${"a".repeat(5000)}\r\n\r\n`, error: /status line and headers are larger than 4096 bytes/ },
    "headers over the limit, never terminated": { text: `HTTP/1.1 200 OK\r\nX-A: ${"a".repeat(5000)}`, error: /status line and headers are larger than 4096 bytes/ },
    "a bad chunk size": { text: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", error: /a malformed chunk-size line/ },
    "chunk data without its CRLF": { text: "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nxy", error: /chunk data not followed by CRLF/ },
    "a declared body over the cap": { text: "HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n", error: /the reply declares 5000 bytes, over the 1024-byte response cap/, type: BodyTooLargeError },
    "a chunked body over the cap": { text: `HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n${"a".repeat(1024)}\r\n1\r\n`, error: /larger than the 1024-byte response cap/, type: BodyTooLargeError },
    "a body read to the end over the cap": { text: `HTTP/1.1 200 OK\r\n\r\n${"a".repeat(1100)}`, error: /larger than the 1024-byte response cap \(abandoned after \d+ bytes\)/, type: BodyTooLargeError },
    "cut in the middle of the body": { text: "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", end: true, error: /closed in the middle of the reply/ },
    "cut in the middle of the headers": { text: "HTTP/1.1 200 OK\r\nContent-Le", end: true, error: /closed in the middle of the reply/ },
    "closed without a byte": { text: "", end: true, error: /closed before a reply/ },
  };
  for (const [name, c] of Object.entries(REFUSED)) {
    it(`refuses ${name}`, () => {
      for (const parts of [[bytes(c.text)], oneByOne(c.text)]) {
        const attempt = () => read(parts, { end: c.end ?? false });
        expect(attempt).toThrow(c.type ?? HttpFramingError);
        expect(attempt).toThrow(c.error);
      }
    });
  }

  it("any bytes, any split: a reply, a wait, or a typed error — nothing else", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary-ascii", maxLength: 300 }),
      fc.constantFrom(...Object.values(VALID).map((v) => v.text), ...Object.values(REFUSED).map((v) => v.text)).chain((t) =>
        fc.tuple(fc.nat(t.length), fc.string({ unit: "binary-ascii", maxLength: 8 })).map(([at, noise]) => t.slice(0, at) + noise + t.slice(at)),
      ),
    );
    fc.assert(
      fc.property(text, fc.array(fc.nat(400), { maxLength: 8 }), fc.boolean(), (t, cuts, end) => {
        try {
          read(splitAt(t, cuts), { end });
        } catch (err) {
          if (!(err instanceof HttpFramingError || err instanceof BodyTooLargeError)) throw err;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
