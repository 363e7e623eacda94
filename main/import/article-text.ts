import { ARTICLE_FILE_MAX_BYTES, ARTICLE_TEXT_MAX } from '../../shared/domain/article.js';
import { invalidField } from '../services/errors.js';
import { htmlToText } from '../extract/html-text.js';

/**
 * Turns what the user gave (pasted text, or a file's bytes) into the plain text we store: UTF-8 only,
 * HTML reduced to its words (never rendered), NFC, Unix line ends. Every refusal names the field.
 */
export function articleTextFromFile(fileName: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw invalidField('file', 'empty_file');
  if (bytes.length > ARTICLE_FILE_MAX_BYTES) throw invalidField('file', 'file_too_large');
  if (!/\.(txt|md|markdown|html?|xhtml)$/i.test(fileName)) throw invalidField('file', 'unsupported_file_type');
  if (looksBinary(bytes)) throw invalidField('file', 'not_text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Vietnamese files from old Windows tools are often Windows-1258 or TCVN3: guessing among them would
    // store wrong letters, so the user is asked to save the file as UTF-8.
    throw invalidField('file', 'not_utf8');
  }
  const isHtml = /\.(html?|xhtml)$/i.test(fileName) || /^\s*(<!doctype html|<html)/i.test(text);
  return articleTextFromPaste(isHtml ? htmlToText(text) : text, 'file');
}

/** Pasted text: the same cleaning, refused on the `text` field. */
export function articleTextFromPaste(raw: string, field: 'text' | 'file' = 'text'): string {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text.length === 0) throw invalidField(field, field === 'file' ? 'empty_file' : 'required');
  if (text.length > ARTICLE_TEXT_MAX) throw invalidField(field, 'too_long');
  return text;
}

/** NUL bytes, or many control characters, in the first 8 KB: an image or a document renamed `.txt`. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return control > head.length * 0.02;
}
