/**
 * Entry of a pooled report worker: silences the worker's own stdout and stderr before anything is
 * imported (ESM imports are hoisted, hence this separate file), so a library printing while it reads a
 * report never reaches the answers on our stdout. The worker can then be started without piped output
 * (`stdout: true` keeps the process alive under Node 20 even when the worker is unref'd, so an idle
 * worker would hold `disclosure-bot ask` open).
 */
const silent = (() => true) as unknown as typeof process.stdout.write;
process.stdout.write = silent;
process.stderr.write = silent;
await import('./pool-worker.js');
