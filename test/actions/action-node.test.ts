// The action bundle under this machine's Node (20 here).
import { actionSuite } from "./suite.js";
import { runtimes } from "./harness.js";

actionSuite(runtimes()[0]!);
