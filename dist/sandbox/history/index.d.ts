export { LedgerHistory, LEDGER_FILE, type ReceiptBody } from "./history.js";
export { MerkleTree, type PathStep } from "./merkle-tree.js";
