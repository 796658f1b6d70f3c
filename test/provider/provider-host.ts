// Drives @pulumi/pulumi's own dynamic provider host (the program the engine launches as
// `pulumi-resource-pulumi-nodejs`) over gRPC with the package's generated stubs, the way the engine does.
// No Pulumi CLI is needed: we play the engine.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any */
const grpc = require("@grpc/grpc-js") as typeof import("@grpc/grpc-js");
const provrpc = require("@pulumi/pulumi/proto/provider_grpc_pb") as any;
const provproto = require("@pulumi/pulumi/proto/provider_pb") as any;
const { Struct } = require("google-protobuf/google/protobuf/struct_pb") as any;

export const HOST_PATH = require.resolve("@pulumi/pulumi/cmd/dynamic-provider");
/** The engine's marker for a value not known during preview. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export type Props = Record<string, unknown>;
export interface CheckResult { inputs: Props; failures: { property: string; reason: string }[] }
export interface DiffResult { changes: "none" | "some" | "unknown"; replaces: string[]; deleteBeforeReplace: boolean }
export interface ReadResult { id: string; props: Props; inputs?: Props }

/** A gRPC error as the engine sees it: code + details. */
export class HostError extends Error {
  constructor(readonly code: number, readonly details: string) {
    super(`gRPC ${code}: ${details}`);
  }
}

export interface ProviderHost {
  port: number;
  /** Everything the host wrote to stderr (it logs provider stacks there). */
  stderr(): string;
  /** What the host wrote to stdout after its port (the runtime's log lines when no engine is attached). */
  stdout(): string;
  configure(config: Props): Promise<{ acceptSecrets: boolean }>;
  check(urn: string, olds: Props, news: Props): Promise<CheckResult>;
  diff(id: string, urn: string, olds: Props, news: Props): Promise<DiffResult>;
  create(urn: string, props: Props): Promise<{ id: string; props: Props }>;
  read(id: string, urn: string, props: Props): Promise<ReadResult>;
  update(id: string, urn: string, olds: Props, news: Props): Promise<Props>;
  delete(id: string, urn: string, props: Props): Promise<void>;
  close(): Promise<void>;
}

export function urnOf(name: string, type = "pulumi-nodejs:dynamic/ccf:Member", project = "proj", stack = "dev"): string {
  return `urn:pulumi:${stack}::${project}::${type}::${name}`;
}

/** Starts the host the way the engine does: `<host> <engine address>`, first stdout line = port. */
export async function startProviderHost(options: { cwd?: string; project?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProviderHost> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [HOST_PATH, "127.0.0.1:1"], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env, PULUMI_NODEJS_PROJECT: options.project ?? "proj" },
  });
  let err = "";
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  let after = "";
  const port = await new Promise<number>((resolve, reject) => {
    let out = "";
    const onData = (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf("\n");
      if (nl >= 0) {
        child.stdout.off("data", onData);
        after = out.slice(nl + 1);
        child.stdout.on("data", (more: Buffer) => (after += more.toString()));
        resolve(Number(out.slice(0, nl).trim()));
      }
    };
    child.stdout.on("data", onData);
    child.once("exit", (code) => reject(new Error(`provider host exited (${code}) before printing its port: ${err}`)));
  });
  const client = new provrpc.ResourceProviderClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());

  const call = <T>(method: string, req: unknown): Promise<T> =>
    new Promise((resolve, reject) =>
      client[method](req, (e: any, resp: T) => (e ? reject(new HostError(e.code, e.details ?? e.message)) : resolve(resp))),
    );
  // The engine never sends undefined: drop it as JSON does.
  const struct = (v: Props) => Struct.fromJavaScript(JSON.parse(JSON.stringify(v)));

  return {
    port,
    stderr: () => err,
    stdout: () => after,
    async configure(config) {
      const req = new provproto.ConfigureRequest();
      req.setArgs(struct(config));
      req.setAcceptsecrets(true);
      req.setAcceptresources(true);
      const resp: any = await call("configure", req);
      return { acceptSecrets: resp.getAcceptsecrets() };
    },
    async check(urn, olds, news) {
      const req = new provproto.CheckRequest();
      req.setUrn(urn);
      req.setOlds(struct(olds));
      req.setNews(struct(news));
      const resp: any = await call("check", req);
      return {
        inputs: resp.getInputs()?.toJavaScript() ?? {},
        failures: resp.getFailuresList().map((f: any) => ({ property: f.getProperty(), reason: f.getReason() })),
      };
    },
    async diff(id, urn, olds, news) {
      const req = new provproto.DiffRequest();
      req.setId(id);
      req.setUrn(urn);
      req.setOlds(struct(olds));
      req.setNews(struct(news));
      const resp: any = await call("diff", req);
      const C = provproto.DiffResponse.DiffChanges;
      const c = resp.getChanges();
      return {
        changes: c === C.DIFF_SOME ? "some" : c === C.DIFF_NONE ? "none" : "unknown",
        replaces: resp.getReplacesList(),
        deleteBeforeReplace: resp.getDeletebeforereplace(),
      };
    },
    async create(urn, props) {
      const req = new provproto.CreateRequest();
      req.setUrn(urn);
      req.setProperties(struct(props));
      const resp: any = await call("create", req);
      return { id: resp.getId(), props: resp.getProperties()?.toJavaScript() ?? {} };
    },
    async read(id, urn, props) {
      const req = new provproto.ReadRequest();
      req.setId(id);
      req.setUrn(urn);
      req.setProperties(struct(props));
      const resp: any = await call("read", req);
      return { id: resp.getId(), props: resp.getProperties()?.toJavaScript() ?? {}, inputs: resp.getInputs()?.toJavaScript() };
    },
    async update(id, urn, olds, news) {
      const req = new provproto.UpdateRequest();
      req.setId(id);
      req.setUrn(urn);
      req.setOlds(struct(olds));
      req.setNews(struct(news));
      const resp: any = await call("update", req);
      return resp.getProperties()?.toJavaScript() ?? {};
    },
    async delete(id, urn, props) {
      const req = new provproto.DeleteRequest();
      req.setId(id);
      req.setUrn(urn);
      req.setProperties(struct(props));
      await call("delete", req);
    },
    async close() {
      client.close();
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill();
        await exited;
      }
    },
  };
}

