import { useLocalStorage } from '@mantine/hooks';

/** The user's name as owners are written, kept on this machine: "My follow-ups" filters on it. */
export function useMyName() {
  return useLocalStorage({ key: 'protocol-desk.my-name', defaultValue: '' });
}
