import { execFileSync } from "node:child_process";

export const OPENSSL = "/usr/bin/openssl";

/** Runs /usr/bin/openssl with `args` in `cwd`; returns stdout. Throws with openssl's stderr on failure. */
export function openssl(args: string[], cwd: string, input?: string | Buffer): string {
  return execFileSync(OPENSSL, args, { cwd, input, stdio: ["pipe", "pipe", "pipe"] }).toString();
}

/** `openssl x509 -noout -fingerprint -sha256`, colons removed, lowercased: the CCF member id. */
export function opensslMemberId(certPath: string, cwd: string): string {
  const out = openssl(["x509", "-in", certPath, "-noout", "-fingerprint", "-sha256"], cwd).trim();
  const m = /Fingerprint=([0-9A-F:]+)$/i.exec(out);
  if (!m) throw new Error(`unexpected openssl output: ${out}`);
  return m[1]!.replace(/:/g, "").toLowerCase();
}

/** keygenerator.sh's exact commands (microsoft/CCF python/utils/keygenerator.sh), run in `dir`. */
export function keygeneratorSh(dir: string, name: string, curve: string, digest: string, genEncKey = false): void {
  openssl(["ecparam", "-out", `${name}_privk.pem`, "-name", curve, "-genkey"], dir);
  openssl(["req", "-new", "-key", `${name}_privk.pem`, "-x509", "-nodes", "-days", "365", "-out", `${name}_cert.pem`, `-${digest}`, `-subj=/CN=${name}`], dir);
  if (genEncKey) {
    openssl(["genrsa", "-out", `${name}_enc_privk.pem`, "2048"], dir);
    openssl(["rsa", "-in", `${name}_enc_privk.pem`, "-pubout", "-out", `${name}_enc_pubk.pem`], dir);
  }
}

/** The base64 body lines of every PEM block in `pem` (to check an error message quotes none of them). */
export function pemBodyLines(pem: string): string[] {
  return pem
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length >= 16 && !l.startsWith("-----"));
}
