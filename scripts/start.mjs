// `npm start`: install what is missing, build, and open Protocol Desk — the desktop window where an
// Electron binary exists, otherwise the same app in browser mode on 127.0.0.1.
import { spawn } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';
import { nativeForElectronReady } from './native-for-electron.mjs';
import { build, ensureDependencies, step } from './steps.mjs';

/** Runs the app in the foreground, passing Ctrl+C on, and exits with its code. */
function runForeground(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

ensureDependencies();
build();

const electron = findElectronBinary();
if ('path' in electron) {
  if (!nativeForElectronReady()) step('Building the SQLite module for Electron', 'npm', ['run', 'native:electron']);
  runForeground(electron.path, ['.']);
} else {
  console.log(`\nNo desktop window: ${electron.missing}, so Protocol Desk runs in browser mode instead.`);
  runForeground(process.execPath, ['dist/node/main/web/serve.js']);
}
