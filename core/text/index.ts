/** Text helpers shared by every face: naming an input's value without echoing it, and untrusted text made safe. */
export { MAX_SHOWN_PATH, inputWithValue, looksLikePath, looksLikePem, notAFileProblem, quoteValue, typeName } from "./input-value.js";
export { MAX_SAFE_TEXT, safeMarkdown, safeText, type SafeTextOptions } from "./safe-text.js";
