import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/** The passphrase already set, asked to unlock or to confirm a change: focused first, filled by a password manager. */
export function CurrentPassphraseInput(props: PasswordInputProps) {
  return <PasswordInput autoComplete="current-password" data-autofocus {...props} />;
}
