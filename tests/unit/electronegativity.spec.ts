import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tempDir } from '../helpers/temp-store.js';

/**
 * Doyensec's electronegativity on the TypeScript sources of main/electron (on compiled JS it misses every
 * window setting). It lives in its own folder with its own lock file (its old TypeScript parser breaks on
 * ours, TOOLCHAIN.md); `npm test` installs it there. It always exits 0, so its findings are read here:
 * any HIGH or MEDIUM one not in the reviewed allow-list fails.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOOL_DIR = join(ROOT, 'tests', 'electronegativity');
const ARTIFACTS = join(ROOT, 'tests', 'artifacts');

interface Finding {
  check: string;
  severity: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';
  confidence: string;
  file: string;
  line: number;
  sample: string;
}
interface Scan {
  checks: number;
  errors: { file: string; message: string }[];
  findings: Finding[];
}
interface Allowed {
  check: string;
  file: string;
  reason: string;
}

const electronVersion = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
const allowList = JSON.parse(readFileSync(join(TOOL_DIR, 'allow-list.json'), 'utf8')) as Allowed[];

async function scan(input: string, output: string): Promise<Scan> {
  expect(
    existsSync(join(TOOL_DIR, 'node_modules', '@doyensec', 'electronegativity')),
    'electronegativity installed: npm test does it, or run npm ci --prefix tests/electronegativity',
  ).toBe(true);
  await promisify(execFile)(process.execPath, [join(TOOL_DIR, 'scan.mjs'), input, output, electronVersion], {
    cwd: TOOL_DIR,
  });
  return JSON.parse(readFileSync(output, 'utf8')) as Scan;
}

const serious = (finding: Finding) => finding.severity === 'HIGH' || finding.severity === 'MEDIUM';
const allowed = (finding: Finding) =>
  allowList.some((entry) => entry.check === finding.check && entry.file === finding.file);
const describe = (finding: Finding) =>
  `${finding.check} ${finding.severity} ${finding.file}:${finding.line} ${finding.sample}`;

test.describe.configure({ timeout: 120_000 });

test('every allow-list entry says why it is safe', () => {
  for (const entry of allowList) {
    expect(entry.check, JSON.stringify(entry)).toMatch(/^[A-Z_]+_CHECK$/);
    expect(entry.file, JSON.stringify(entry)).not.toBe('');
    expect(entry.reason.length, `reason for ${entry.check}`).toBeGreaterThan(60);
  }
});

test('main/electron: no high or medium finding outside the reviewed allow-list', async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const result = await scan(join(ROOT, 'main', 'electron'), join(ARTIFACTS, 'electronegativity.json'));
  console.log(
    `electronegativity ran ${result.checks} checks on main/electron: ${result.findings.length} finding(s), ` +
      `${result.findings.filter(serious).length} high/medium, all listed below\n` +
      result.findings.map((finding) => `  ${allowed(finding) ? 'allowed' : 'NEW    '} ${describe(finding)}`).join('\n'),
  );
  expect(result.checks, 'the tool loaded its checks').toBeGreaterThan(30);
  expect(result.errors, 'every source file parsed (an unparsed file is skipped silently)').toEqual([]);
  expect(
    result.findings
      .filter(serious)
      .filter((finding) => !allowed(finding))
      .map(describe),
  ).toEqual([]);
  // An entry that no longer matches anything is a stale approval: remove it.
  const unused = allowList.filter(
    (entry) => !result.findings.some((f) => f.check === entry.check && f.file === entry.file),
  );
  expect(unused, 'allow-list entries still needed').toEqual([]);
});

test('the scan does catch a badly configured window written in TypeScript', async () => {
  const dir = tempDir('pd-electronegativity-');
  try {
    writeFileSync(
      join(dir.path, 'bad-window.ts'),
      [
        "import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';",
        'const size = { width: 800, height: 600 } satisfies BrowserWindowConstructorOptions;',
        'export function open(url: string): BrowserWindow {',
        '  const window = new BrowserWindow({ ...size, webPreferences: { contextIsolation: false, sandbox: false } });',
        '  void window.loadURL(url);',
        '  return window;',
        '}',
      ].join('\n'),
    );
    const result = await scan(dir.path, join(dir.path, 'findings.json'));
    expect(result.errors).toEqual([]);
    const caught = result.findings.filter(serious).filter((finding) => !allowed(finding));
    expect(caught.map((finding) => `${finding.check} ${finding.severity}`)).toEqual(
      expect.arrayContaining([
        'CONTEXT_ISOLATION_JS_CHECK HIGH',
        'SANDBOX_JS_CHECK MEDIUM',
        'AUXCLICK_JS_CHECK MEDIUM',
      ]),
    );
  } finally {
    dir.remove();
  }
});
