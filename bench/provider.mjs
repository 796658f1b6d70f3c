// Pulumi Member resources through @pulumi/pulumi's real dynamic provider host (gRPC, as the engine drives
// it) against the sandbox: create 255 members, then refresh them from a new host process (as
// `pulumi refresh` does). Counts the requests the node receives (GET = reads) and the wall time.
// Engine parallelism: CCF_BENCH_PARALLEL (default 16).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const grpc = require("@grpc/grpc-js");
const provrpc = require("@pulumi/pulumi/proto/provider_grpc_pb");
const provproto = require("@pulumi/pulumi/proto/provider_pb");
const { Struct } = require("google-protobuf/google/protobuf/struct_pb");
const pulumi = require("@pulumi/pulumi");

const COUNT = 255;
const PARALLEL = Number(process.env.CCF_BENCH_PARALLEL ?? 16);

async function startHost() {
  const child = spawn(process.execPath, [require.resolve("@pulumi/pulumi/cmd/dynamic-provider"), "127.0.0.1:1"], {
    env: { ...process.env, PULUMI_NODEJS_PROJECT: "bench" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise((resolve, reject) => {
    child.stdout.once("data", (d) => resolve(String(d).trim()));
    child.once("exit", (code) => reject(new Error(`host exited ${code}`)));
  });
  const client = new provrpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  const call = (method, req) => new Promise((resolve, reject) => client[method](req, (e, r) => (e ? reject(new Error(e.details)) : resolve(r))));
  return {
    async create(urn, props) {
      const check = new provproto.CheckRequest();
      check.setUrn(urn);
      check.setOlds(Struct.fromJavaScript({}));
      check.setNews(Struct.fromJavaScript(props));
      const checked = await call("check", check);
      if (checked.getFailuresList().length) throw new Error(checked.getFailuresList()[0].getReason());
      const req = new provproto.CreateRequest();
      req.setUrn(urn);
      req.setProperties(checked.getInputs());
      const resp = await call("create", req);
      return { id: resp.getId(), props: resp.getProperties().toJavaScript() };
    },
    async read(urn, id, props) {
      const req = new provproto.ReadRequest();
      req.setUrn(urn);
      req.setId(id);
      req.setProperties(Struct.fromJavaScript(props));
      const resp = await call("read", req);
      return { id: resp.getId(), props: resp.getProperties().toJavaScript() };
    },
    close() {
      client.close();
      child.kill();
    },
  };
}

async function pool(items, n, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

export async function bench() {
  const { startSandbox } = await import("../dist/sandbox/index.js");
  const { generateMemberIdentity } = await import("../dist/core/index.js");
  const { memberProvider, memberIdentityProvider } = await import("../dist/provider/index.js");
  const serialize = async (p) => (await pulumi.runtime.serializeFunction(() => p, { allowSecrets: true })).text;
  const provider = await serialize(memberProvider);
  const identityProvider = await serialize(memberIdentityProvider);

  const sandbox = await startSandbox({ members: 1, activate: true });
  const counts = { GET: 0, POST: 0 };
  let gets = new Map();
  sandbox.service.pipeline.before.push((ctx) => {
    counts[ctx.req.method] = (counts[ctx.req.method] ?? 0) + 1;
    if (ctx.req.method === "GET") {
      const path = ctx.req.path.split("?")[0].replace(/[0-9a-f]{64}/g, "{id}");
      gets.set(path, (gets.get(path) ?? 0) + 1);
    }
  });
  const reset = () => {
    counts.GET = 0;
    counts.POST = 0;
    gets = new Map();
  };
  const byPath = () => [...gets].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join(", ");
  const m0 = sandbox.members[0];
  const base = {
    __provider: provider,
    connection: { nodeUrls: [sandbox.url], serviceCertificate: sandbox.serviceCertificatePem },
    proposer: { certificate: m0.certificatePem, privateKey: m0.privateKeyPem },
  };
  const identities = await pool(Array.from({ length: COUNT }), 8, (_, i) => generateMemberIdentity({ name: `m${i}` }));
  const urn = (i) => `urn:pulumi:dev::bench::pulumi-nodejs:dynamic/ccf:Member::m${i}`;

  try {
    const up = await startHost();
    reset();
    let t0 = performance.now();
    const created = await pool(identities, PARALLEL, (id, i) => up.create(urn(i), { ...base, certificate: id.certificatePem, memberData: { i } }));
    const createMs = performance.now() - t0;
    const createCounts = { ...counts };
    const createGets = byPath();
    up.close();
    if (created.some((c, i) => c.id !== identities[i].memberId)) throw new Error("a create returned the wrong id");

    const refresh = await startHost();
    reset();
    t0 = performance.now();
    // The first read loads the package into the host (module import, API detection): timed apart.
    const first = await refresh.read(urn(0), created[0].id, created[0].props);
    const firstMs = performance.now() - t0;
    const rest = await pool(created.slice(1), PARALLEL, (c, i) => refresh.read(urn(i + 1), c.id, c.props));
    const read = [first, ...rest];
    const refreshMs = performance.now() - t0;
    const refreshCounts = { ...counts };

    // Baseline, same host and parallelism: a read that does no I/O (MemberIdentity keeps its state).
    const floorProps = { __provider: identityProvider, certificate: created[0].props.certificate, memberId: created[0].id };
    await refresh.read(urn(0), "warm", floorProps);
    t0 = performance.now();
    await pool(created, PARALLEL, (c, i) => refresh.read(urn(i), c.id, floorProps));
    const floorMs = performance.now() - t0;
    refresh.close();
    if (read.some((r, i) => r.id !== created[i].id || r.props.status !== "Accepted")) throw new Error("a refresh lost a member");

    console.log(`provider host, ${COUNT} members, engine parallelism ${PARALLEL}`);
    console.log(`create : ${createMs.toFixed(0)} ms (${(createMs / COUNT).toFixed(1)} ms/member); node saw ${createCounts.GET} GET (${(createCounts.GET / COUNT).toFixed(2)}/member), ${createCounts.POST} POST`);
    console.log(`         GET by path: ${createGets}`);
    console.log(`host floor: ${floorMs.toFixed(0)} ms for ${COUNT} reads that do no I/O (${(floorMs / COUNT).toFixed(2)} ms/call: gRPC + the host's (de)serialization)`);
    console.log(`refresh: ${refreshMs.toFixed(0)} ms = ${(refreshMs / floorMs).toFixed(2)}x the host floor (first read, loading the package in the host: ${firstMs.toFixed(0)} ms; then ${((refreshMs - firstMs) / (COUNT - 1)).toFixed(2)} ms/member); node saw ${refreshCounts.GET} GET for ${COUNT} reads (a read per member would be ${COUNT}), ${refreshCounts.POST} POST`);
  } finally {
    await sandbox.close();
  }
}
