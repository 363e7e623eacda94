/** Country names come from the runtime's ICU data (Node and Chromium ship it): no table of our own to keep. */
const byLocale = new Map<string, Intl.DisplayNames>();

export function countryName(code: string, locale: string): string {
  let names = byLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    byLocale.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** The country's name in each UI language, for the search index. */
export function countryNames(code: string): string[] {
  return ['vi', 'en'].map((locale) => countryName(code, locale));
}
