import { replySubject } from './subject.js';

/** The buyer's message we answer: its Message-ID, References and subject as stored with the thread. */
export interface AnsweredMessage {
  messageId: string;
  references?: string | readonly string[] | null;
  subject: string;
}

export interface ThreadHeaders {
  inReplyTo: string;
  references: string[];
  subject: string;
}

const ID = /<[^<>\s]+>/g;
/** A long thread's References keep the first id and the latest ones (RFC 5322 §3.6.4 allows trimming). */
const MAX_REFERENCES = 20;

function ids(value: string | readonly string[] | null | undefined): string[] {
  const text = typeof value === 'string' ? value : (value ?? []).join(' ');
  const bracketed = text.match(ID);
  if (bracketed) return bracketed;
  return text.split(/\s+/).filter(Boolean).map((id) => `<${id.replace(/^<|>$/g, '')}>`);
}

/** In-Reply-To = their Message-ID; References = their References + their Message-ID; "Re:" once. */
export function threadHeaders(original: AnsweredMessage): ThreadHeaders {
  const [own] = ids(original.messageId);
  if (!own) throw new Error('the answered message has no Message-ID');
  const chain = [...new Set([...ids(original.references), own].filter((id) => id !== own)), own];
  const references = chain.length > MAX_REFERENCES ? [chain[0] as string, ...chain.slice(-(MAX_REFERENCES - 1))] : chain;
  return { inReplyTo: own, references, subject: replySubject(original.subject) };
}
