/**
 * `npm run --silent extract -- FILE`: prints the extraction of one article as exactly one JSON object
 * on stdout. Errors go to stderr with a non-zero exit. HTML files are reduced to text first.
 */
import { readFileSync, statSync } from 'node:fs';
import { extractArticle } from './index.js';
import { htmlToText, looksLikeHtml } from './html-text.js';

const MAX_BYTES = 20 * 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

function main(argv: string[]): void {
  const args = argv.filter((a) => a !== '--');
  const file = args[0];
  if (!file || args.length !== 1) fail('usage: npm run --silent extract -- FILE');
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    fail(`cannot read ${file}`);
  }
  if (size > MAX_BYTES) fail(`${file} is larger than 20 MB`);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) fail(`${file} is a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file} is not UTF-8 text (convert it to UTF-8 first)`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/\.html?$/i.test(file) || looksLikeHtml(text)) text = htmlToText(text);
  const result = extractArticle(text.normalize('NFC'));
  if (result.error) fail(result.error);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main(process.argv.slice(2));
