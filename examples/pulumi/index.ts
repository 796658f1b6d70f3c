// The consortium of a CCF network as code: three members, one of them a recovery member. Each member's
// identity (key pair + certificate) is generated and kept, secret, in the stack state; each is proposed
// by the configured Active member, accepted with its ballot and activated with its own key in the same
// `pulumi up`. When the service has other Active members (other parties, voting from their own
// machines), a change may need their ballots: it waits `waitForAcceptance` seconds for them, else fails
// naming the proposal and who must vote, and the next `pulumi up` adopts that proposal (docs/pulumi.md).
//
//   npm install                       # installs ccf-consortium from this repository (file:../..)
//   pulumi config set nodeUrl https://ccf.example.com:443
//   pulumi config set serviceCertificate -- "$(cat service_cert.pem)"
//   pulumi config set proposerCertificate -- "$(cat member0_cert.pem)"
//   pulumi config set --secret proposerPrivateKey -- "$(cat member0_privk.pem)"
//   pulumi config set waitForAcceptance 3600   # optional: wait up to an hour for other members' ballots
//   pulumi up
import * as pulumi from "@pulumi/pulumi";
import { Member, MemberIdentity } from "ccf-consortium/provider";

// The project's own namespace (Pulumi.yaml declares these keys, typed).
const config = new pulumi.Config();
const connection = {
  nodeUrls: [config.require("nodeUrl")],
  serviceCertificate: config.require("serviceCertificate"),
};
const proposer = {
  certificate: config.require("proposerCertificate"),
  privateKey: config.requireSecret("proposerPrivateKey"),
};

const people = [
  { name: "operator-a", team: "platform" },
  { name: "operator-b", team: "security" },
  { name: "recovery-1", team: "escrow", recovery: true },
];

// Members are added one after the other: once a member is Active it counts in the default constitution's
// majority, so it votes on the next additions too (and, on `pulumi destroy`, removals run in reverse
// order, each member voting for its own removal).
const members: Member[] = [];
const voters: { certificate: pulumi.Input<string>; privateKey: pulumi.Input<string> }[] = [proposer];
for (const p of people) {
  const identity = new MemberIdentity(p.name, { name: p.name, encryptionKey: p.recovery === true });
  const member = new Member(
    p.name,
    {
      connection,
      certificate: identity.certificate,
      encryptionPublicKey: p.recovery ? identity.encryptionPublicKey : undefined,
      recoveryRole: p.recovery ? "Participant" : undefined,
      memberData: { name: p.name, team: p.team },
      proposer,
      voters: [...voters],
      activation: { privateKey: identity.privateKey },
      waitForAcceptance: config.getNumber("waitForAcceptance") ?? 0,
    },
    { dependsOn: members.slice(-1) },
  );
  members.push(member);
  voters.push({ certificate: identity.certificate, privateKey: identity.privateKey });
}

export const memberIds = members.map((m) => m.memberId);
export const statuses = members.map((m) => m.status);
export const recoveryMembers = members.map((m) => m.isRecoveryMember);
