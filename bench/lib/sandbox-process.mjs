// The sandbox for bench/ack.mjs, in its own process (so the measured commands and the node do not share
// a CPU budget or an event loop). Counts the requests it receives; answers over the IPC channel:
//   {op: "requests"} -> {requests: ["METHOD /path?query", ...]} (and starts a new count)
// Started with `fork(this file, [dir])`; sends {url, serviceCertificatePem} once serving.
import { startSandbox } from "../../dist/sandbox/index.js";

const dir = process.argv[2];
const sandbox = await startSandbox({ dir, members: 1, recoveryMembers: 1, activate: true, ccfVersion: 6 });
let requests = [];
sandbox.service.pipeline.before.push((ctx) => void requests.push(`${ctx.req.method} ${ctx.req.url}`));
process.on("message", (msg) => {
  if (msg.op === "requests") {
    process.send({ requests });
    requests = [];
  } else if (msg.op === "close") {
    sandbox.close().then(() => process.exit(0));
  }
});
process.send({ url: sandbox.url, serviceCertificatePem: sandbox.serviceCertificatePem });
