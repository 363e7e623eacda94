/** Text is stored NFC, trimmed, with runs of white space collapsed to one space. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
