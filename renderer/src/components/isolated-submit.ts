import type { FormEvent } from 'react';

/**
 * A submit handler for a form inside a modal. React bubbles submit events through portals, so without
 * this the form around whatever opened the modal (a delegation form, an agreement form) would submit too.
 */
export function isolatedSubmit(handler: (event?: FormEvent<HTMLFormElement>) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.stopPropagation();
    handler(event);
  };
}
