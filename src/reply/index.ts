/** Replies, follow-ups and response times (SPEC.md §4–§5): what the store, the HTTP API and the CLI wire in. */
export { draftReply, type InquiryForReply, type ReplyDraft, type Seller } from './draft.js';
export { loadTemplates, ReplyTemplatesSchema, VARIABLES, type ReplyTemplates } from './templates.js';
export type { Pack, Missing, Angle } from './pack.js';
export type { Packs } from './packs/index.js';
export { findQuestions, type Question, type Topic } from './questions.js';
export { checkReply, type CheckTools, type Finding, type OutgoingDraft } from './check.js';
export { checkTools } from './load.js';
export { scheduleFollowUps, pendingReminders, FOLLOW_UP_STEPS, type Reminder } from './followup.js';
export { buyerZone, isWorkingTime, nextWorkingTime, type BuyerClock } from './worktime.js';
export { responseReport, BUCKETS, type Bucket, type ResponseReport, type InquiryTiming, type ReplyWarning, type SalespersonRow, type BucketRow } from './metrics.js';
export { parseThreadEvents, ThreadEventSchema, type ThreadEvent, type ThreadEventInput } from './events.js';
export { sendReply, SmtpConfigSchema, type SmtpConfig, type ReplyMail, type SentReply } from './send.js';
export { threadHeaders, type AnsweredMessage, type ThreadHeaders } from './threading.js';
export { replySubject } from './subject.js';
