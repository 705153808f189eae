#!/usr/bin/env node
import { UserError } from './errors.js';
import { resolveLang } from './cli/lang.js';

const HELP = `xunpan — 询盘分拣台 / the inquiry desk for export sellers

用法 Usage: xunpan <command> [options]

  triage PATH...   分析邮件：真实/可疑/垃圾，等级、优先级与原因
                   triage mail: verdict, kind, grade, priority and the reasons
  import PATH...   分析并存入收件箱（重复的只存一次）
                   triage and store in the inbox (each message once)
  retriage         用当前规则重新分析库中邮件 / triage the stored mail again with today's rules
  serve            启动接口与网页工作台 / start the HTTP API and the web workspace
  mailbox add|list 管理要同步的 IMAP 邮箱 / the IMAP mailboxes to sync
  sync             同步所有邮箱的新邮件 / fetch new mail from every mailbox
  followups        今日跟进（买家当地工作时间）/ today's follow-ups, in the buyer's office hours
  report           回复时效报告 / the response-time report
  reactivate --xlsx OUT  旧询盘再开发表 / the table of old inquiries to win back
  outreach run     发送到期的开发信 / send the outreach letters that are due
  listings check FILE  诊断产品目录：信息不完整、标题堆砌、拼写、冲突
                   check a product catalogue: missing fields, stuffing, spelling, conflicts
  listings showcase|keywords  橱窗推荐与买家用词 / showcase picks and buyer keywords from the inbox

xunpan <command> --help 查看命令帮助 / for a command's options
`;

// `xunpan triage big.mbox | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/**
 * Each command loads its own modules when it runs: loading them all (the web server, the databases, the
 * spreadsheet writer) took 1.2 s before even `--help` could answer, and a one-message triage twice what it needs.
 */
const COMMANDS: Readonly<Record<string, (args: string[]) => Promise<number>>> = {
  triage: async (args) => (await import('./cli/triage-command.js')).triageCommand(args, process.stdout),
  import: async (args) => (await import('./cli/import-command.js')).importCommand(args, process.stdout, process.stderr),
  followups: async (args) => (await import('./cli/followups-command.js')).followupsCommand(args, process.stdout),
  report: async (args) => (await import('./cli/report-command.js')).reportCommand(args, process.stdout),
  reactivate: async (args) => (await import('./cli/reactivate-command.js')).reactivateCommand(args, process.stdout),
  outreach: async (args) => (await import('./cli/outreach-command.js')).outreachCommand(args, process.stdout),
  mailbox: async (args) => (await import('./cli/mailbox-command.js')).mailboxCommand(args, process.stdout),
  sync: async (args) => (await import('./cli/mailbox-command.js')).syncCommand(args, process.stdout),
  retriage: async (args) => (await import('./cli/retriage-command.js')).retriageCommand(args, process.stdout, process.stderr),
  serve: async (args) => (await import('./cli/serve-command.js')).serveCommand(args, process.stdout, process.stderr),
  listings: async (args) => (await import('./cli/listings-command.js')).listingsCommand(args, process.stdout),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) throw new UserError('usage', `未知命令：${command}`, `unknown command: ${command}`, 2);
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UserError) {
      const lang = resolveLang(process.argv.includes('--lang') ? process.argv[process.argv.indexOf('--lang') + 1] : undefined);
      process.stderr.write(`xunpan: ${lang === 'zh' ? `${error.zh}\n${error.en}` : `${error.en}\n${error.zh}`}\n`);
      process.exitCode = error.exitCode;
    } else {
      process.stderr.write(`xunpan: 内部错误 internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
