import { runCliAsync, type CliResult } from "../helpers/cli.js";
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { generateEncryptionKeyPair, generateMemberIdentity } from "../../core/index.js";
import { pemBodyLines } from "../core/identity/helpers.js";

export { CLI_MAIN as MAIN, type CliResult } from "../helpers/cli.js";

/** Runs the BUILT bin asynchronously (the sandbox serves from this process, so never spawnSync). */
export function cli(args: string[], cwd: string): Promise<CliResult> {
  return runCliAsync(args, cwd);
}

/** Succeeded; returns stdout. */
export function ok(r: CliResult): string {
  if (r.code !== 0) throw new Error(`exit ${r.code}\nstderr: ${r.stderr}\nstdout: ${r.stdout}`);
  return r.stdout;
}

/** Succeeded with --json: stdout is exactly one JSON document and stderr is empty. */
export function okJson<T = Record<string, unknown>>(r: CliResult): T {
  const out = ok(r);
  expect(r.stderr).toBe("");
  return JSON.parse(out) as T;
}

/**
 * Exit `code`, nothing on stdout, exactly one error line on stderr without a stack trace or key material.
 * With `progress`, the progress lines a flow printed before failing ("… ") may precede it.
 */
export function expectOneLineError(r: CliResult, code: 1 | 2, pattern: RegExp, secrets: string[] = [], options: { progress?: boolean } = {}): void {
  expect(r.stdout).toBe("");
  expect(r.stderr.endsWith("\n")).toBe(true);
  const lines = r.stderr.trimEnd().split("\n");
  const errors = options.progress ? lines.filter((l) => !l.startsWith("… ")) : lines;
  expect(errors).toHaveLength(1);
  expect(lines.at(-1)).toBe(errors[0]);
  expect(errors[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at |PRIVATE KEY-----/);
  for (const secret of secrets) for (const line of pemBodyLines(secret)) expect(r.stderr).not.toContain(line);
  expect(r.code).toBe(code);
}

export interface MemberFiles {
  name: string;
  memberId: string;
  key: string;
  cert: string;
  privateKeyPem: string;
  certificatePem: string;
  encPub?: string;
  encPriv?: string;
  encryptionPrivateKeyPem?: string;
  encryptionPublicKeyPem?: string;
}

/** A member identity (and encryption key pair) written to DIR as keygenerator.sh names them, keys 0600. */
export async function memberFiles(dir: string, name: string, withEncryptionKey = false): Promise<MemberFiles> {
  const id = await generateMemberIdentity({ name });
  const files: MemberFiles = { name, memberId: id.memberId, key: join(dir, `${name}_privk.pem`), cert: join(dir, `${name}_cert.pem`), privateKeyPem: id.privateKeyPem, certificatePem: id.certificatePem };
  writeSecret(files.key, id.privateKeyPem);
  writeFileSync(files.cert, id.certificatePem);
  if (withEncryptionKey) {
    const enc = await generateEncryptionKeyPair({ bits: 2048 });
    Object.assign(files, { encPub: join(dir, `${name}_enc_pubk.pem`), encPriv: join(dir, `${name}_enc_privk.pem`), encryptionPrivateKeyPem: enc.privateKeyPem, encryptionPublicKeyPem: enc.publicKeyPem });
    writeFileSync(files.encPub!, enc.publicKeyPem);
    writeSecret(files.encPriv!, enc.privateKeyPem);
  }
  return files;
}

export function writeSecret(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/** `--voter KEY,CERT` for each member. */
export function voters(...members: { key?: string; keyPath?: string; cert?: string; certPath?: string }[]): string[] {
  return members.flatMap((m) => ["--voter", `${m.key ?? m.keyPath},${m.cert ?? m.certPath}`]);
}

/** `--signing-key KEY --signing-cert CERT`. */
export function signedBy(m: { key?: string; keyPath?: string; cert?: string; certPath?: string }): string[] {
  return ["--signing-key", (m.key ?? m.keyPath)!, "--signing-cert", (m.cert ?? m.certPath)!];
}
