/**
 * The seed's flow as an operator runs it against CCF, on the sandbox's defaults (`ccf-consortium sandbox
 * --dir D --ccf-version V`, a separate process), every message in CCF's own `ccf_cose_sign1` format and
 * posted with the system curl pinned to the service certificate: classic endpoints on 4-6, the
 * api-version ones on 7. The new member's identity is made the way keygenerator.sh makes it (openssl), and
 * its ack is built by an independent encoder (the header byte by byte, the signature by `openssl dgst`
 * over the Sig_structure); the other messages come from `ccf-consortium sign`, whose bytes equal CCF's
 * (test/core/cose/golden.test.ts). Ends with the new recovery member Active and holding a share.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI_MAIN } from "../helpers/cli.js";
import { derToRaw, referenceSigStructure } from "../core/cose/helpers.js";
import { headerBytes } from "../helpers/odd-encodings.js";

const hasCurl = spawnSync("curl", ["--version"]).status === 0;

function sh(cmd: string, args: string[], cwd: string, input?: Buffer): Buffer {
  const r = spawnSync(cmd, args, { cwd, input, env: { ...process.env, CCF_CONSORTIUM_DEBUG: "" } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: exit ${r.status}: ${r.stderr.toString()}`);
  return r.stdout;
}

/** Starts the sandbox CLI with its defaults and resolves with the node URL from its banner. */
function startSandboxProcess(dir: string, ccfVersion: number): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_MAIN, "sandbox", "--dir", dir, "--ccf-version", String(ccfVersion)], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      const m = /governance sandbox \(service (\w+)\) at (https:\/\/\S+)/.exec(out);
      if (m && out.includes("Press Ctrl-C")) resolve({ child, url: m[2]! });
    });
    child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
    child.on("exit", (code) => reject(new Error(`sandbox exited ${code}: ${err}`)));
  });
}

describe.skipIf(!hasCurl)("the seed's flow with curl and ccf_cose_sign1-format messages, on the sandbox's defaults", () => {
  for (const ccfVersion of [4, 5, 6, 7] as const) {
    describe(`CCF ${ccfVersion}.x (${ccfVersion === 7 ? "api-version 2024-07-01" : "classic endpoints"})`, () => {
      let dir: string;
      let child: ChildProcess | undefined;
      let url: string;
      beforeAll(async () => {
        dir = mkdtempSync(join(tmpdir(), `seed-curl-${ccfVersion}-`));
        ({ child, url } = await startSandboxProcess(join(dir, "net"), ccfVersion));
      });
      afterAll(async () => {
        if (child && child.exitCode === null) {
          const exited = new Promise((r) => child!.once("exit", r));
          child.kill("SIGTERM");
          await exited;
        }
        rmSync(dir, { recursive: true, force: true });
      });

      /** curl --cacert service_cert.pem; returns [status, body]. */
      const curl = (method: string, path: string, bodyFile?: string): [number, string] => {
        const args = ["-sS", "--cacert", "net/service_cert.pem", "-X", method, `${url}${path}`, "-w", "\n%{http_code}"];
        if (bodyFile) args.push("-H", "Content-Type: application/cose", "--data-binary", `@${bodyFile}`);
        const text = sh("curl", args, dir).toString();
        const nl = text.lastIndexOf("\n");
        return [Number(text.slice(nl + 1)), text.slice(0, nl)];
      };
      /** `ccf-consortium sign` (ccf_cose_sign1's flags) into FILE. */
      const sign = (file: string, member: string, type: string, content: unknown, proposalId?: string) => {
        writeFileSync(join(dir, `${file}.json`), content === undefined ? "" : JSON.stringify(content));
        const args = [CLI_MAIN, "sign", "--content", `${file}.json`, "--signing-key", `${member}_privk.pem`, "--signing-cert", `${member}_cert.pem`, "--ccf-gov-msg-type", type];
        if (proposalId) args.push("--ccf-gov-msg-proposal_id", proposalId);
        writeFileSync(join(dir, file), sh(process.execPath, args, dir));
        return file;
      };
      const q = ccfVersion === 7 ? "?api-version=2024-07-01" : "";
      const isNew = ccfVersion === 7;

      it("activate the initial member, propose and accept a new recovery member, which activates and holds a share", () => {
        // the sandbox's genesis member (a recovery member by default)
        for (const f of ["cert", "privk"]) writeFileSync(join(dir, `member0_${f}.pem`), readFileSync(join(dir, "net", `member0_${f}.pem`)));
        const m0 = sh("openssl", ["x509", "-in", "member0_cert.pem", "-noout", "-fingerprint", "-sha256"], dir).toString().split("=")[1]!.trim().replace(/:/g, "").toLowerCase();

        const activate = (member: string, memberId: string, ackBody: (digest: string) => string) => {
          const [s1, b1] = curl("POST", isNew ? `/gov/members/state-digests/${memberId}:update${q}` : "/gov/ack/update_state_digest", sign(`${member}-update.cose`, member, "state_digest", undefined));
          expect([s1, b1]).toEqual([200, expect.any(String)]);
          const digest = isNew ? JSON.parse(b1).stateDigest : JSON.parse(b1).state_digest;
          expect(digest).toMatch(/^[0-9a-f]{64}$/);
          const [s2, b2] = curl("POST", isNew ? `/gov/members/state-digests/${memberId}:ack${q}` : "/gov/ack", ackBody(digest));
          expect([s2, b2]).toEqual([204, ""]);
        };
        activate("member0", m0, (d) => sign("member0-ack.cose", "member0", "ack", isNew ? { stateDigest: d } : { state_digest: d }));

        // the new member, as keygenerator.sh makes it
        sh("openssl", ["ecparam", "-out", "bob_privk.pem", "-name", "secp384r1", "-genkey"], dir);
        sh("openssl", ["req", "-new", "-key", "bob_privk.pem", "-x509", "-nodes", "-days", "365", "-out", "bob_cert.pem", "-sha384", "-subj", "/CN=bob"], dir);
        sh("openssl", ["genrsa", "-out", "bob_enc_privk.pem", "2048"], dir);
        sh("openssl", ["rsa", "-in", "bob_enc_privk.pem", "-pubout", "-out", "bob_enc_pubk.pem"], dir);
        const bob = sh("openssl", ["x509", "-in", "bob_cert.pem", "-noout", "-fingerprint", "-sha256"], dir).toString().split("=")[1]!.trim().replace(/:/g, "").toLowerCase();
        const proposal = {
          actions: [
            {
              name: "set_member",
              args: { cert: readFileSync(join(dir, "bob_cert.pem"), "utf8"), encryption_pub_key: readFileSync(join(dir, "bob_enc_pubk.pem"), "utf8"), member_data: { name: "bob" } },
            },
          ],
        };
        const [s3, b3] = curl("POST", isNew ? `/gov/members/proposals:create${q}` : "/gov/proposals", sign("proposal.cose", "member0", "proposal", proposal));
        expect(s3).toBe(200);
        const created = JSON.parse(b3);
        const pid: string = isNew ? created.proposalId : created.proposal_id;
        expect(isNew ? created.proposalState : created.state).toBe("Open");
        const ballot = { ballot: "export function vote (proposal, proposerId) { return true }" };
        const [s4, b4] = curl("POST", isNew ? `/gov/members/proposals/${pid}/ballots/${m0}:submit${q}` : `/gov/proposals/${pid}/ballots`, sign("ballot.cose", "member0", "ballot", ballot, pid));
        expect(s4).toBe(200);
        expect(isNew ? JSON.parse(b4).proposalState : JSON.parse(b4).state).toBe("Accepted");

        // bob's ack by an independent encoder: header byte by byte, signature by openssl over the Sig_structure
        activate("bob", bob, (digest) => {
          const payload = Buffer.from(JSON.stringify(isNew ? { stateDigest: digest } : { state_digest: digest }));
          const header = headerBytes([[1, -35], [4, Buffer.from(bob, "ascii")], ["ccf.gov.msg.type", "ack"], ["ccf.gov.msg.created_at", Math.floor(Date.now() / 1000)]]);
          const der = sh("openssl", ["dgst", "-sha384", "-sign", "bob_privk.pem"], dir, referenceSigStructure(header, payload));
          const sig = derToRaw(der, 48);
          const bstr = (b: Buffer) => Buffer.concat([b.length < 24 ? Buffer.from([0x40 + b.length]) : b.length < 256 ? Buffer.from([0x58, b.length]) : Buffer.from([0x59, b.length >> 8, b.length & 0xff]), b]);
          writeFileSync(join(dir, "bob-ack.cose"), Buffer.concat([Buffer.from([0xd2, 0x84]), bstr(header), Buffer.from([0xa0]), bstr(payload), bstr(sig)]));
          return "bob-ack.cose";
        });

        if (isNew) {
          const [s5, b5] = curl("GET", `/gov/service/members/${bob}${q}`);
          expect(s5).toBe(200);
          expect(JSON.parse(b5)).toMatchObject({ status: "Active", recoveryRole: "Participant", memberData: { name: "bob" } });
          const [s6, b6] = curl("GET", `/gov/recovery/encrypted-shares/${bob}${q}`);
          expect(s6).toBe(200);
          expect(JSON.parse(b6).encryptedShare).toMatch(/^[A-Za-z0-9+/]+=*$/);
        } else {
          const [s5, b5] = curl("GET", "/gov/members");
          expect(s5).toBe(200);
          expect(JSON.parse(b5)[bob]).toMatchObject({ status: "Active", member_data: { name: "bob" } });
          const [s6, b6] = curl("GET", `/gov/encrypted_recovery_share/${bob}`);
          expect(s6).toBe(200);
          expect(JSON.parse(b6).encrypted_share).toMatch(/^[A-Za-z0-9+/]+=*$/);
        }
        // the share decrypts with bob's key, as `openssl pkeyutl` decrypts it
        const [, body] = curl("GET", isNew ? `/gov/recovery/encrypted-shares/${bob}${q}` : `/gov/encrypted_recovery_share/${bob}`);
        const enc = Buffer.from(isNew ? JSON.parse(body).encryptedShare : JSON.parse(body).encrypted_share, "base64");
        writeFileSync(join(dir, "share.bin"), enc);
        const raw = sh("openssl", ["pkeyutl", "-decrypt", "-inkey", "bob_enc_privk.pem", "-in", "share.bin", "-pkeyopt", "rsa_padding_mode:oaep", "-pkeyopt", "rsa_oaep_md:sha256", "-pkeyopt", "rsa_mgf1_md:sha256"], dir);
        expect(raw.length).toBe(ccfVersion >= 6 ? 44 : 33); // 6.x sharing vs the sss library
      });
    });
  }
});
