export { MAX_INPUT_FILE_BYTES, readInputFile, sizeText } from "./read-input-file.js";
