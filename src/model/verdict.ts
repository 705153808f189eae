/** The result of triage: language-free data; wording is added by explain/. */

export type Verdict = 'genuine' | 'suspicious' | 'junk';
export type JunkKind = 'phishing' | 'malware' | 'fraud' | 'spam' | 'probe' | 'bulk';
export type Grade = 'A' | 'B' | 'C';
export type Priority = 'high' | 'medium' | 'low';

/** One signal that fired, with the evidence that fired it (the URL, file name, phrase). */
export interface Hit {
  id: string;
  group: string;
  points: number;
  evidence: string[];
}
