function samePem(a, b) {
    const norm = (s) => s.replace(/\r/g, "").trim();
    return norm(a) === norm(b);
}
export const defaultHooks = {
    submitRecoveryShare() {
        throw new Error("recovery is not available in this sandbox build");
    },
    initiatePrivateRecovery() {
        throw new Error("recovery is not available in this sandbox build");
    },
    isRecoveringPrivateLedger() {
        return false;
    },
    onMemberActivated() {
        // No recovery shares without sandbox/recovery.
    },
    onRecoveryMembersChanged() {
        // No recovery shares without sandbox/recovery.
    },
    transitionServiceToOpen(tx, _previousIdentityPem, nextIdentityPem) {
        const service = tx.state.service;
        if (!samePem(nextIdentityPem, service.certificatePem)) {
            // UNCONFIRMED text: CCF checks the next identity natively.
            throw new Error("Next service identity does not match the current service identity");
        }
        if (service.status === "Open")
            return; // UNCONFIRMED: CCF logs and leaves an Open service as is.
        if (service.status === "Opening") {
            service.status = "Open";
            tx.service.hooks.onRecoveryMembersChanged(tx, "service_opened");
            return;
        }
        throw new Error(`Service is ${service.status}: recovery is not available in this sandbox build`);
    },
};
