/**
 * The child process the kill tests SIGKILL (bundled for Node by tests/helpers/node-child.ts). It runs
 * the app's own code, nothing mocked:
 * - `write <dataDir> <ids.json> <first>`: opens the app and creates delegations through the
 *   dispatcher (the real service, one ctx.write transaction each, with participants, audit log and
 *   search index), printing each number on stdout only after its commit returned;
 * - `migrate <file> <backupFolder>`: opens the store, which backs it up and migrates it to the head.
 */
import { writeSync } from 'node:fs';
import { openStore } from '../../db/connection.js';
import { openApp } from '../../main/bootstrap.js';
import { purposeOf, type WriterIds } from './shared.js';

/** Written with a synchronous write to fd 1, so an acknowledgement is never lost in a buffer. */
const say = (text: string) => writeSync(1, `${text}\n`);

function write(dataDir: string, ids: WriterIds, first: number): never {
  const app = openApp({ dataDir, mode: 'browser', version: 'kill-test' });
  say('ready');
  for (let n = first; ; n += 1) {
    const result = app.dispatch('delegations.create', {
      direction: n % 2 ? 'incoming' : 'outgoing',
      visitingOrgId: ids.visitingOrgId,
      hostOrgId: ids.hostOrgId,
      startDate: '2025-10-14',
      purpose: purposeOf(n),
      participants: ids.personIds.map((personId, index) => ({
        personId,
        side: index === 0 ? 'host' : 'guest',
        role: index === 0 ? 'host' : index === 1 ? 'head' : 'member',
        title: `Chức danh ${n}`,
      })),
    });
    if (result instanceof Promise || !result.ok) {
      writeSync(2, `commit ${n} failed: ${JSON.stringify(result)}\n`);
      process.exit(3);
    }
    say(String(n));
  }
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'write') {
  write(args[0]!, JSON.parse(args[1]!) as WriterIds, Number(args[2]));
} else if (mode === 'migrate') {
  say('opening');
  openStore(args[0]!, { backupFolder: args[1]! }).close();
  say('done');
} else {
  writeSync(2, `unknown mode ${mode}\n`);
  process.exit(2);
}
