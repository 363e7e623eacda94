/** ISO 4217 currency codes, from the runtime's ICU data (Node and Chromium both ship it). */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isCurrency(code: string): boolean {
  return CURRENCIES.has(code);
}
