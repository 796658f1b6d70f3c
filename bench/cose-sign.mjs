// COSE_Sign1 ES384 signing throughput against a raw crypto.sign loop on the same KeyObject and payload.
// Short runs interleave (raw, cose, cose, raw, ...) so drift in machine load hits both sides alike; each
// adjacent pair gives a ratio (raw time / cose time = cose ops/s over raw ops/s) and the median pair ratio is
// reported, with the totals beside it. Target (issue 2): >= 0.9.
import { createPrivateKey, sign } from "node:crypto";
import { generateMemberIdentity, localSigner, signGovernanceMessage } from "../dist/core/index.js";

const ROUNDS = 60;
const OPS_PER_ROUND = 40;

export async function bench() {
  const id = await generateMemberIdentity({ name: "bench", curve: "secp384r1" });
  const key = createPrivateKey(id.privateKeyPem);
  const signer = localSigner(key, id.certificatePem);
  const payload = new Uint8Array(
    Buffer.from(JSON.stringify({ actions: [{ name: "set_member", args: { cert: id.certificatePem, member_data: { role: "operator" } } }] })),
  );
  const rawOptions = { key, dsaEncoding: "ieee-p1363" };
  const createdAt = Math.floor(Date.now() / 1000);

  const rawRound = () => {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < OPS_PER_ROUND; i++) sign("sha384", payload, rawOptions);
    return Number(process.hrtime.bigint() - t0);
  };
  const coseRound = async () => {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < OPS_PER_ROUND; i++) await signGovernanceMessage(signer, { type: "proposal", payload, createdAt });
    return Number(process.hrtime.bigint() - t0);
  };

  // Warm-up (JIT, OpenSSL tables).
  rawRound();
  await coseRound();

  let rawNs = 0;
  let coseNs = 0;
  const pairRatios = [];
  for (let r = 0; r < ROUNDS; r++) {
    let raw;
    let cose;
    if (r % 2 === 0) {
      raw = rawRound();
      cose = await coseRound();
    } else {
      cose = await coseRound();
      raw = rawRound();
    }
    rawNs += raw;
    coseNs += cose;
    pairRatios.push(raw / cose);
  }
  pairRatios.sort((a, b) => a - b);
  const mid = pairRatios.length / 2;
  const ratio = (pairRatios[mid - 1] + pairRatios[mid]) / 2;
  const ops = ROUNDS * OPS_PER_ROUND;
  const rawRate = ops / (rawNs / 1e9);
  const coseRate = ops / (coseNs / 1e9);
  console.log(`payload ${payload.length} bytes, ${ops} signatures each, ${ROUNDS} interleaved runs`);
  console.log(`raw crypto.sign ES384:        ${rawRate.toFixed(0)} ops/s`);
  console.log(`signGovernanceMessage ES384:  ${coseRate.toFixed(0)} ops/s (totals ratio ${(coseRate / rawRate).toFixed(3)})`);
  console.log(`ratio cose/raw (median of adjacent runs): ${ratio.toFixed(3)} (target >= 0.9) ${ratio >= 0.9 ? "OK" : "BELOW TARGET"}`);
  return { rawRate, coseRate, ratio };
}
