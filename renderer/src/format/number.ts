/** Numbers as the reader writes them: 1.234.567 in Vietnamese, 1,234,567 in English. */
export function numberFormat(language: string): Intl.NumberFormat {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN');
}
