import { Badge, Combobox, createTheme, type CSSVariablesResolver } from '@mantine/core';

// Noto Sans is bundled (fonts.ts: every subset), with the KR/JP/SC families for native-script names and the
// Arabic and Hebrew ones for right-to-left names: glyphs never depend on what fonts the machine has.
const fontStack =
  "'Noto Sans', 'Noto Sans KR', 'Noto Sans JP', 'Noto Sans SC', 'Noto Sans Arabic', 'Noto Sans Hebrew', system-ui, sans-serif";

export const theme = createTheme({
  fontFamily: fontStack,
  headings: { fontFamily: fontStack },
  primaryColor: 'indigo',
  // indigo.7 on white passes WCAG AA contrast for button text and links.
  primaryShade: 7,
  defaultRadius: 'sm',
  components: {
    // A select's options are drawn when it opens, not kept hidden on every page (Mantine's default): the country
    // filter's 249 hidden options were a fifth of the calendar's time to open, and each hidden list mounted its
    // portal and scroll area as the page did. The input names its list (aria-controls) only while open.
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
    // Badges hold short words ("Quá hạn 2024", "Đã thực hiện"): never cut them to an ellipsis in a table cell.
    Badge: Badge.extend({ styles: { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } }),
  },
});

/**
 * Mantine's default "dimmed" grey and error red are under 4.5:1 on white (axe): darker shades pass. The hover
 * background of subtle and light buttons is halfway between indigo.1 and indigo.2: on indigo.2 their indigo.9 text
 * was 4.1:1 (a CI run's scan caught a "Bỏ liên kết, tạo mới" button under the pointer); halfway it is 4.7:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-indigo-light-hover':
      'color-mix(in srgb, var(--mantine-color-indigo-1), var(--mantine-color-indigo-2))',
  },
  dark: {},
});
