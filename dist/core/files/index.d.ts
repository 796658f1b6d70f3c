export { MAX_INPUT_FILE_BYTES, readInputFile, sizeText, type ReadInputFileOptions } from "./read-input-file.js";
