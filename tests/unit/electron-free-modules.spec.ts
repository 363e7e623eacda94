import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * These modules of main/electron/ are loaded under plain Node (unit tests, browser mode), where
 * loading 'electron' fails. Whatever they import from it must vanish when compiled.
 */
const PURE_MODULES = [
  'main/electron/security.ts',
  'main/electron/window.ts',
  'main/electron/guards.ts',
  'main/electron/app-protocol-response.ts',
  'main/electron/print-window.ts',
];

/** The specifiers a module still imports or requires once TypeScript has erased type-only imports. */
function runtimeImports(sourceText: string): string[] {
  const output = ts.transpileModule(sourceText, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: false },
  }).outputText;
  const found = new Set<string>();
  for (const match of output.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)) {
    found.add(match[1]!);
  }
  return [...found];
}

test('the check sees a runtime import of electron and ignores a type-only one', () => {
  expect(runtimeImports("import { shell } from 'electron';\nshell.beep();")).toEqual(['electron']);
  expect(runtimeImports("import type { WebPreferences } from 'electron';\nexport const x = 1;")).toEqual([]);
  expect(runtimeImports("const e = await import('electron');\nexport default e;")).toEqual(['electron']);
});

for (const path of PURE_MODULES) {
  test(`${path} loads no electron module at run time`, () => {
    const source = readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
    expect(runtimeImports(source).filter((specifier) => specifier.startsWith('electron'))).toEqual([]);
  });
}
