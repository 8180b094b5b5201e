// @ts-check
// Entry of a load worker thread (threads.ts): the run is started by tsx, whose loader a worker thread does not inherit,
// so this plain file registers it before loading the worker itself.
import { register } from "tsx/esm/api";

register();
await import("./load-worker-run.ts");
