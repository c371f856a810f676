// Preloaded with `node --require` by the drawing-thread test (report-threads.e2e.test.ts): records, in order, each
// worker thread started (by its file) and each of lac's bundles read, and writes the list to $LAC_RECORD_THREADS
// when the process exits. Node preloads it in each worker thread too: every thread (main or worker) that makes an
// Intl.DateTimeFormat adds a line to $LAC_RECORD_THREADS.intl, the first time it does.
const fs = require("node:fs");
const { basename } = require("node:path");
const workerThreads = require("node:worker_threads");

if (workerThreads.isMainThread) {
  const seen = [];
  // The CommonJS loader reads a bundle with fs.readFileSync; lac's code-cache loader opens it with
  // fs.openSync and reads it into a buffer of its own.
  const recordRead = (path) => {
    if (typeof path === "string" && path.endsWith(".cjs")) seen.push(`read ${basename(path)}`);
  };
  const read = fs.readFileSync;
  fs.readFileSync = function readFileSyncRecorded(path, ...rest) {
    recordRead(path);
    return read.call(this, path, ...rest);
  };
  const open = fs.openSync;
  fs.openSync = function openSyncRecorded(path, flags, ...rest) {
    if (flags === undefined || flags === "r") recordRead(path);
    return open.call(this, path, flags, ...rest);
  };
  const { Worker } = workerThreads;
  workerThreads.Worker = class RecordedWorker extends Worker {
    constructor(file, ...rest) {
      seen.push(`thread ${basename(String(file))}`);
      super(file, ...rest);
    }
  };
  process.on("exit", () => {
    fs.writeFileSync(process.env.LAC_RECORD_THREADS, JSON.stringify(seen));
  });
}

let madeIntl = false;
Intl.DateTimeFormat = new Proxy(Intl.DateTimeFormat, {
  construct(target, args, newTarget) {
    if (!madeIntl) {
      madeIntl = true;
      fs.appendFileSync(
        `${process.env.LAC_RECORD_THREADS}.intl`,
        `${workerThreads.isMainThread ? "main" : "worker"}\n`,
      );
    }
    return Reflect.construct(target, args, newTarget);
  },
});
