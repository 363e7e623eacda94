import { createTheme } from '@mantine/core';

// Noto Sans is bundled with its Vietnamese subset: diacritics never depend on what fonts the machine has.
const fontStack = "'Noto Sans', system-ui, sans-serif";

export const theme = createTheme({
  fontFamily: fontStack,
  headings: { fontFamily: fontStack },
  primaryColor: 'indigo',
  // indigo.7 on white passes WCAG AA contrast for button text and links.
  primaryShade: 7,
  defaultRadius: 'sm',
});
