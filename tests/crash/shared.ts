/** What the kill tests and their child process agree on (the child module itself runs on import). */
export interface WriterIds {
  visitingOrgId: string;
  hostOrgId: string;
  personIds: string[];
}

/** What a commit's delegation is called: the test finds each acknowledged one by it. */
export const purposeOf = (n: number) => `Đoàn thử nghiệm số ${n}`;
