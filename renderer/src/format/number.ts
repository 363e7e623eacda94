/** One formatter per language: making an Intl.NumberFormat costs more than formatting many numbers with it. */
const formats = new Map<string, Intl.NumberFormat>();

/** Numbers as the reader writes them: 1.234.567 in Vietnamese, 1,234,567 in English. */
export function numberFormat(language: string): Intl.NumberFormat {
  const locale = language === 'en' ? 'en-GB' : 'vi-VN';
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}
