/*
 * The bundled fonts (DESIGN §4: no CDN, no system-font luck in PDFs), and the faces Vietnamese text needs loaded
 * as the app starts.
 */
// Every subset of Noto Sans, each with its unicode-range, so only the ones a page's text needs are loaded. Latin
// Extended, Cyrillic and Greek too: a Polish "Łódź" or a Russian name is drawn in the bundled face. With only
// the Vietnamese and Latin files, one "Ł" went down the whole font stack: five faces fetched in turn, each a
// relayout of the whole page, and a system font in the end.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
// Names in their own script (Hangul, kana/kanji, Chinese). Split by unicode-range: only glyphs in use are loaded.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-sc/400.css';
// Arabic and Hebrew names or notes print right to left in their own script, with a bundled font (not system luck).
// The families' files with their unicode-ranges: a subset file alone has none, so it claimed every character
// the faces before it lacked, and was fetched for it.
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-sans-hebrew/400.css';
import '@fontsource/noto-sans-hebrew/700.css';

/** The weights the app draws text in: Mantine's regular, medium (labels, choices) and bold. */
const WEIGHTS = [400, 600, 700] as const;

/**
 * Letters whose faces every Vietnamese page needs: Latin, Latin Extended (ă, đ, ơ, ư, ỳ: its range is declared
 * after the Vietnamese one, so it is preferred where they overlap) and Vietnamese (ạ).
 * Noto Sans comes in subsets by unicode-range, fetched when a page first draws one of their letters; a face first
 * needed as a page opens (the calendar's medium-weight "Đoàn vào") was fetched there and the whole page laid out
 * again when it arrived.
 */
const VIETNAMESE_SAMPLE = 'aăâđêôơư ạỳ';

/** Asks for the Vietnamese faces in each weight at once, rather than as each page first draws them. */
export function loadTextFaces(): void {
  // A face that fails to load is fetched again when text first needs it, as without this: nothing to report.
  for (const weight of WEIGHTS) document.fonts.load(`${weight} 1em "Noto Sans"`, VIETNAMESE_SAMPLE).catch(() => {});
}
