import type { Speller } from '../listings/speller.js';
import { misspelled } from './spelling.js';
import { isGenericSubject } from './subject.js';
import { buyerTime, isWorkingTime, nextWorkingTime, type BuyerClock } from './worktime.js';

/** A reply about to go out, as the send form holds it. */
export interface OutgoingDraft {
  subject: string;
  body: string;
  /** Our sending address. */
  from: string;
  attachments: string[]; // file names
  /** When it would be sent (ISO 8601); the shell passes "now". */
  sendAt: string;
  buyer: BuyerClock;
}

/** Shared data the shell loads once: the English dictionary and the free-mail list. */
export interface CheckTools {
  speller: Speller;
  isFreeMail: (domain: string) => boolean;
}

export interface Finding {
  id: string;
  zh: string;
  en: string;
  evidence: string[];
  /** For off-hours sending: the next instant inside the buyer's office hours (ISO 8601). */
  suggestedAt?: string;
}

const ARCHIVE = /\.(?:zip|rar|7z|tar|gz|tgz|bz2|xz|cab|iso|img|arj|lzh|ace|z)$/i;
const EXECUTABLE = /\.(?:exe|scr|bat|cmd|com|msi|js|jse|vbs|vbe|wsf|jar|ps1|hta|lnk|pif|cpl|dll|apk|sh)$/i;
/** Numbered points: "1.", "2)", "(3)", "一、", "①" at the start of a line. */
const NUMBERED = /^\s*(?:\(?\d{1,2}[.)、]|[一二三四五六七八九十]+、|[①-⑩])\s*\S/mu;
/** Past this length an answer without points is hard to follow 【有条理…用1,2,3,4等标出来】. */
const LONG_ANSWER_CHARS = 600;
const PHONE = /\+?\d[\d\s().-]{6,}\d/;
/**
 * The e-mail and site patterns, tried only where a run of their characters starts (after any leading dashes,
 * for a site name): tried at every position, a long run with no @ or dot in it cost the square of its
 * length. Their matches begin at run starts anyway, so what they find is unchanged (check.test.ts compares
 * them with the plain forms).
 */
export const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
export const WEBSITE = /\b(?:https?:\/\/|www\.)\S+|(?<![\w-])-*\b[\w-]+\.(?:com|net|cn|org|biz|co)(?:\.[a-z]{2})?\b/i;
/** The closing line a signature follows, in the languages of our packs and a few more. */
const SIGN_OFF = /^(?:best|kind|warm)?\s*regards|^sincerely|^yours|^thanks?\b|^thank you|^cheers|^saludos|^atentamente|^cordialement|^mit freundlichen|^atenciosamente|^с уважением|^مع أطيب|^saygılarımızla|^cordiali saluti|^此致|^祝好|^顺祝/imu;
const SIGNATURE_LINES = 10;
const CONTACTS = [
  { key: 'phone', zh: '电话', pattern: PHONE },
  { key: 'e-mail', zh: '邮箱', pattern: EMAIL },
  { key: 'website', zh: '网址', pattern: WEBSITE },
] as const;

function lastLines(body: string): string {
  return body.trimEnd().split('\n').slice(-SIGNATURE_LINES).join('\n');
}

/**
 * Everything the seeds ask of a reply before it goes 【如何回复询盘; 询盘实战技巧】: a sensible subject,
 * right spelling, numbered points, a signature with full contacts, no archive or program attached, not
 * from a free mailbox, landing in the buyer's office hours. An empty list means ready to send.
 */
export function checkReply(draft: OutgoingDraft, tools: CheckTools): Finding[] {
  const out: Finding[] = [];
  const subject = draft.subject.trim();
  if (!subject) out.push({ id: 'subject.empty', zh: '邮件没有主题', en: 'The subject is empty', evidence: [] });
  else if (isGenericSubject(subject)) out.push({ id: 'subject.generic', zh: '主题太笼统，请写上产品名称', en: 'Generic subject: name the product in it', evidence: [subject] });

  const typos = misspelled(`${subject}\n\n${draft.body}`, tools.speller);
  if (typos.length) out.push({ id: 'spelling', zh: `有 ${typos.length} 处可能的拼写错误`, en: `${typos.length} possible misspelling(s)`, evidence: typos.map((t) => (t.suggestion ? `${t.word} → ${t.suggestion}` : t.word)) });

  if (draft.body.length > LONG_ANSWER_CHARS && !NUMBERED.test(draft.body)) {
    out.push({ id: 'structure.unnumbered', zh: '回复较长却没有分条编号（1、2、3…）', en: 'A long answer with no numbered points (1, 2, 3…)', evidence: [`${draft.body.length} chars`] });
  }

  const tail = lastLines(draft.body);
  if (!SIGN_OFF.test(tail)) out.push({ id: 'signature.missing', zh: '没有落款签名', en: 'No sign-off and signature', evidence: [] });
  const lacking = CONTACTS.filter((c) => !c.pattern.test(c.key === 'website' ? tail.replace(EMAIL, '') : tail));
  if (lacking.length) {
    out.push({ id: 'signature.contacts', zh: `签名缺少联系方式：${lacking.map((c) => c.zh).join('、')}`, en: `The signature lacks contact details: ${lacking.map((c) => c.key).join(', ')}`, evidence: lacking.map((c) => c.key) });
  }

  const archives = draft.attachments.filter((f) => ARCHIVE.test(f.trim()));
  if (archives.length) out.push({ id: 'attachment.archive', zh: '不要发压缩包附件，买家常被拦截或不敢打开', en: 'Archive attachment: often blocked, rarely opened', evidence: archives });
  const programs = draft.attachments.filter((f) => EXECUTABLE.test(f.trim()));
  if (programs.length) out.push({ id: 'attachment.executable', zh: '附件是可执行文件，会被当成病毒', en: 'Executable attachment: it will be taken for malware', evidence: programs });

  const domain = draft.from.split('@').pop()?.replace(/>.*$/, '').trim().toLowerCase() ?? '';
  if (domain && tools.isFreeMail(domain)) out.push({ id: 'sender.freemail', zh: '用免费邮箱发送，容易被拦截，也显得不正规', en: 'Sent from a free mailbox: often filtered, looks less serious', evidence: [domain] });

  const at = Date.parse(draft.sendAt);
  if (!Number.isNaN(at) && !isWorkingTime(at, draft.buyer)) {
    const next = nextWorkingTime(at, draft.buyer);
    const lands = buyerTime(at, draft.buyer);
    const better = buyerTime(next, draft.buyer);
    out.push({
      id: 'timing.off_hours',
      zh: `买家当地时间 ${lands} 收到，不在工作时间；建议改在 ${better} 发送`,
      en: `It lands at ${lands}, outside the buyer's working hours; send at ${better}`,
      evidence: [lands, better],
      suggestedAt: new Date(next).toISOString(),
    });
  }
  return out;
}
