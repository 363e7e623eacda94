import { format } from 'date-fns';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import './recovery-key-print.css';

const PRINTING = 'printing-recovery-key';

/** Prints the sheet alone (print CSS hides the rest of the page while the class is on). */
export function printRecoveryKey(): void {
  document.body.classList.add(PRINTING);
  window.addEventListener('afterprint', () => document.body.classList.remove(PRINTING), { once: true });
  window.print();
}

/**
 * The paper the recovery key is printed on: what it is, what it opens, the key in large monospace
 * groups. Rendered at the body's top level so the print CSS can show it alone.
 */
export function RecoveryKeySheet({ recoveryKey, dataDir }: { recoveryKey: string; dataDir: string }) {
  const { t } = useTranslation();
  return createPortal(
    <section id="recovery-key-sheet">
      <h1 style={{ fontSize: '18pt' }}>{t('encryption.sheetTitle')}</h1>
      <p>{t('encryption.sheetIntro')}</p>
      <p
        style={{
          fontFamily: 'monospace',
          fontSize: '16pt',
          letterSpacing: '0.08em',
          border: '1px solid #000',
          padding: '6mm',
          lineHeight: 1.8,
          wordSpacing: '0.4em',
        }}
      >
        {recoveryKey.split('-').join(' - ')}
      </p>
      <p>
        {t('encryption.sheetDataDir')}: {dataDir}
      </p>
      <p>
        {t('encryption.sheetCreated')}: {format(new Date(), 'dd/MM/yyyy HH:mm')}
      </p>
    </section>,
    document.body,
  );
}
