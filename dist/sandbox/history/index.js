export { LedgerHistory, LEDGER_FILE } from "./history.js";
export { MerkleTree } from "./merkle-tree.js";
