/**
 * How risky one attachment is to open, for the list in the inquiry view. It reads the same
 * extension lists as the malware signals, and where a signal covers the case its own zh/en reason
 * is the reason, so the list and the verdict never disagree about a file. It scores nothing.
 */
import type { AttachmentInfo } from '../model/message.js';
import { ARCHIVE_EXTENSIONS, EXECUTABLE_EXTENSIONS, MACRO_EXTENSIONS, PAGE_EXTENSIONS } from './lists/attachments.js';
import { extensionOf, malwareSignals } from './malware.js';

export type RiskLevel = 'high' | 'medium' | 'low';

export interface AttachmentRisk {
  risk: RiskLevel;
  zh: string;
  en: string;
  /** The signal whose notion this is, when one exists (e.g. malware.executable_attachment). */
  signal: string | null;
  /** For a high risk, the names that made it so: the file itself, or entries of an archive. */
  evidence: string[];
}

/** Mounted by a double click, and what they hold skips the "downloaded from the internet" warning. */
const DISK_IMAGES: ReadonlySet<string> = new Set(['iso', 'img', 'vhd', 'vhdx']);
/** Office and PDF can carry macros, links and exploits, but are what real buyers send. */
const DOCUMENTS: ReadonlySet<string> = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'xlsb', 'ppt', 'pptx', 'rtf', 'odt', 'ods', 'odp', 'dot', 'xlt', 'pps', 'ppsx']);
const PLAIN: ReadonlySet<string> = new Set(['jpg', 'jpeg', 'png', 'gif', 'bmp', 'webp', 'tif', 'tiff', 'heic', 'txt', 'csv']);
/** The types some senders label a program or page with, whatever its name says. */
const EXECUTABLE_TYPES = /^application\/(x-msdownload|x-dosexec|x-msdos-program|x-executable|vnd\.microsoft\.portable-executable|x-ms-installer|x-msi|hta|java-archive|x-sh|x-bat)$/i;
const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml)$/i;
/** Right-to-left override and its kin turn "fdp.exe" into what reads as "exe.pdf". */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
/** A document's extension followed by another one: "invoice.pdf.exe", "scan.jpg   .scr". */
const DOUBLE_EXTENSION = /\.(pdf|docx?|xlsx?|pptx?|rtf|txt|csv|jpe?g|png|gif)\s*\.[a-z0-9]{1,5}$/i;

function signalText(id: string): { zh: string; en: string; signal: string } {
  const def = malwareSignals.find((s) => s.id === id);
  if (!def) throw new Error(`no signal ${id}`); // a renamed signal must fail the tests, not blur the list
  return { zh: def.zh, en: def.en, signal: def.id };
}

const high = (reason: { zh: string; en: string; signal?: string }, evidence: string[]): AttachmentRisk => ({ risk: 'high', signal: null, ...reason, evidence });

export function attachmentRisk(a: Pick<AttachmentInfo, 'filename' | 'mimeType' | 'innerNames' | 'inline'>): AttachmentRisk {
  const name = a.filename;
  const ext = extensionOf(name);
  // As in the malware signals: a logo the HTML shows is not a file anyone opens.
  if (a.inline && a.mimeType.startsWith('image/')) return { risk: 'low', signal: null, zh: '正文中显示的内嵌图片', en: 'Image shown inside the mail', evidence: [] };
  if (BIDI_CONTROLS.test(name)) return high({ zh: '文件名含反向字符，隐藏了真实扩展名', en: 'File name hides its real extension (reversed text)' }, [name]);
  if (EXECUTABLE_EXTENSIONS.has(ext) || EXECUTABLE_TYPES.test(a.mimeType)) {
    if (DOUBLE_EXTENSION.test(name)) return high({ zh: '双扩展名：程序伪装成文档', en: 'Double extension: a program disguised as a document', signal: 'malware.executable_attachment' }, [name]);
    return high(signalText('malware.executable_attachment'), [name]);
  }
  if (PAGE_EXTENSIONS.has(ext) || PAGE_TYPES.test(a.mimeType)) return high(signalText('phishing.html_attachment'), [name]);
  if (MACRO_EXTENSIONS.has(ext)) return high(signalText('malware.macro_attachment'), [name]);
  // "catalog.pdf.zip" is how macOS names a zipped PDF: only other second extensions are a disguise.
  if (DOUBLE_EXTENSION.test(name) && !DOCUMENTS.has(ext) && !PLAIN.has(ext) && !ARCHIVE_EXTENSIONS.has(ext)) {
    return high({ zh: '双扩展名：伪装成文档的文件', en: 'Double extension: a file disguised as a document' }, [name]);
  }
  const inner = innerRisk(a.innerNames);
  if (inner) return inner;
  if (DISK_IMAGES.has(ext)) return high({ zh: '磁盘映像：打开即挂载，内容绕过安全提示', en: 'Disk image: opening mounts it, past safety warnings', signal: 'malware.archive_attachment' }, [name]);
  if (ARCHIVE_EXTENSIONS.has(ext)) return { risk: 'medium', ...signalText('malware.archive_attachment'), evidence: [] };
  if (ext === 'svg' || a.mimeType === 'image/svg+xml') return high({ zh: 'SVG 图片可含脚本和链接，会在浏览器中打开', en: 'SVG image: opens in a browser and can hold scripts' }, [name]);
  if (DOCUMENTS.has(ext)) return { risk: 'medium', signal: null, zh: 'Office 文档或 PDF：可能含宏或链接，确认来源再打开', en: 'Office or PDF: may hold macros or links; trust the sender first', evidence: [] };
  if (PLAIN.has(ext) || (!ext && /^image\/(png|jpe?g|gif|webp|bmp)$/i.test(a.mimeType))) return { risk: 'low', signal: null, zh: '图片或纯文本', en: 'Image or plain text', evidence: [] };
  return { risk: 'medium', signal: null, zh: '未知文件类型，确认来源再打开', en: 'Unknown file type: trust the sender first', evidence: [] };
}

/** An archive is as risky as the worst thing in it that runs, opens a page, or carries macros. */
function innerRisk(innerNames: readonly string[]): AttachmentRisk | null {
  const running = innerNames.filter((n) => EXECUTABLE_EXTENSIONS.has(extensionOf(n)) || BIDI_CONTROLS.test(n));
  if (running.length > 0) return high({ zh: '压缩包内有可执行程序', en: 'Archive holds a program that runs when opened', signal: 'malware.executable_attachment' }, running.slice(0, 5));
  const pages = innerNames.filter((n) => PAGE_EXTENSIONS.has(extensionOf(n)));
  if (pages.length > 0) return high({ zh: '压缩包内有网页文件，常用于伪造登录页面', en: 'Archive holds a web page: often a fake login form', signal: 'phishing.html_attachment' }, pages.slice(0, 5));
  const macros = innerNames.filter((n) => MACRO_EXTENSIONS.has(extensionOf(n)));
  if (macros.length > 0) return high({ zh: '压缩包内有带宏的 Office 文档', en: 'Archive holds an Office document with macros', signal: 'malware.macro_attachment' }, macros.slice(0, 5));
  const images = innerNames.filter((n) => DISK_IMAGES.has(extensionOf(n)));
  if (images.length > 0) return high({ zh: '压缩包内有磁盘映像', en: 'Archive holds a disk image', signal: 'malware.archive_attachment' }, images.slice(0, 5));
  return null;
}
