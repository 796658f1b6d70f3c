// The consortium of a CCF network as code: three members, one of them a recovery member. Each member's
// identity (key pair + certificate) is generated and kept, secret, in the stack state; each is proposed
// by the configured Active member, accepted with its ballot and activated with its own key in the same
// `pulumi up`.
//
//   pulumi config set ccf:nodeUrl https://ccf.example.com:443
//   pulumi config set ccf:serviceCertificate -- "$(cat service_cert.pem)"
//   pulumi config set ccf:proposerCertificate -- "$(cat member0_cert.pem)"
//   pulumi config set --secret ccf:proposerPrivateKey -- "$(cat member0_privk.pem)"
//   pulumi up
import * as pulumi from "@pulumi/pulumi";
import { Member, MemberIdentity } from "ccf-consortium/provider";

const config = new pulumi.Config("ccf");
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
    },
    { dependsOn: members.slice(-1) },
  );
  members.push(member);
  voters.push({ certificate: identity.certificate, privateKey: identity.privateKey });
}

export const memberIds = members.map((m) => m.memberId);
export const statuses = members.map((m) => m.status);
export const recoveryMembers = members.map((m) => m.isRecoveryMember);
