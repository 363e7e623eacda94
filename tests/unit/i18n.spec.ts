import { expect, test } from '@playwright/test';
import { en } from '../../renderer/src/i18n/en.js';
import { vi } from '../../renderer/src/i18n/vi.js';

/** Every leaf of a translation tree as "a.b.c" → text. */
function leaves(tree: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [leaf, text] of leaves(value as object, path)) found.set(leaf, text);
  }
  return found;
}

test('Vietnamese and English have the same keys and no empty text', () => {
  const viLeaves = leaves(vi);
  const enLeaves = leaves(en);
  expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
  for (const [key, text] of [...viLeaves, ...enLeaves]) expect(text.trim(), key).not.toBe('');
});

test('Vietnamese text is NFC and the English text is not left in Vietnamese', () => {
  const enLeaves = leaves(en);
  // Names of the languages themselves are the same in both trees on purpose.
  const sameOnPurpose = new Set(['app.name', 'language.vi', 'language.en', 'participants.titlePlaceholder']);
  for (const [key, text] of leaves(vi)) {
    expect(text, key).toBe(text.normalize('NFC'));
    if (!sameOnPurpose.has(key) && /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(text)) {
      expect(enLeaves.get(key), key).not.toBe(text);
    }
  }
});

test('the lists’ totals are written with the reader’s thousands separator', async () => {
  const { createInstance } = await import('i18next');
  const { numberFormat } = await import('../../renderer/src/format/number.js');
  for (const [language, resources, written] of [
    ['vi', vi, '39.402 đoàn'],
    ['en', en, '39,402 delegations'],
  ] as const) {
    const i18n = createInstance();
    await i18n.init({ lng: language, resources: { [language]: { translation: resources } } });
    const count = 39_402;
    expect(i18n.t('delegations.count', { count, shown: numberFormat(language).format(count) })).toBe(written);
  }
});
