/** File hosts anyone can upload to without an account; lures park their "order details" there. */
export const ANONYMOUS_FILE_HOSTS: readonly string[] = [
  'file.fm', 'files.fm', 'mediafire.com', 'sendspace.com', '4shared.com', 'zippyshare.com', 'anonfiles.com', 'gofile.io',
  'filetransfer.io', 'transfer.sh', 'catbox.moe', 'pixeldrain.com', 'ufile.io', 'uploadfiles.io', 'dropmefiles.com',
  'krakenfiles.com', 'filebin.net', 'tmpfiles.org', 'easyupload.io',
];

/** Where people share a file by link, trusted and anonymous alike. */
export const FILE_SHARE_HOSTS: readonly string[] = [
  ...ANONYMOUS_FILE_HOSTS, 'drive.google.com', 'docs.google.com', 'dropbox.com', 'dropboxusercontent.com', 'onedrive.live.com',
  '1drv.ms', 'sharepoint.com', 'wetransfer.com', 'we.tl', 'box.com', 'icloud.com', 'mega.nz',
];

/** Free hosting, file-share and form services phishing kits use for their landing pages. */
export const FREE_HOSTING_SUFFIXES: readonly string[] = [
  'firebaseapp.com', 'web.app', 'r2.dev', 'workers.dev', 'pages.dev', 'netlify.app', 'vercel.app', 'glitch.me',
  'github.io', 'gitbook.io', 'weebly.com', 'wixsite.com', 'square.site', 'webflow.io', '000webhostapp.com',
  'sites.google.com', 'forms.gle', 'typeform.com', 'jotform.com', 'formstack.com', 'forms.yandex.com', 'forms.yandex.ru',
  'forms.office.com', 'forms.microsoft.com', 'forms.zohopublic.com', 'wufoo.com',
  'ipfs.io', 'dweb.link', 'cloudflare-ipfs.com', 'ipfs.w3s.link', 'nftstorage.link', 'fleek.co',
  'repl.co', 'replit.app', 'herokuapp.com', 'azurewebsites.net', 'web.core.windows.net', 'blob.core.windows.net',
  'storage.googleapis.com', 'appspot.com', 'surge.sh', 'linktr.ee', 'mystrikingly.com', 'cloudfunctions.net', 'run.app',
  'canva.site', 'jimdosite.com', 'yolasite.com', 'site123.me', 'godaddysites.com', 'ukit.me', 'tilda.ws', 'ngrok.io',
  'ngrok-free.app', 'duckdns.org', 'translate.goog', 'secureserver.net', 'cprapid.com', 'wixstudio.io',
  // Anonymous file drops: no account, no owner to ask. A buyer's drawings come by mail, Drive or WeTransfer instead.
  ...ANONYMOUS_FILE_HOSTS,
];

/** Link shorteners hide where a link goes. */
export const SHORTENERS: readonly string[] = [
  'bit.ly', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 's.id', 'cutt.ly', 'rebrand.ly', 'shorturl.at', 'rb.gy',
  'tiny.cc', 't.ly', 'acortar.link', 'surl.li', 'v.gd', 'qrco.de', 'clck.ru', 'buff.ly', 'shorturl.asia', 'urlz.fr', 'lnkd.in',
];

/** Top-level domains that carry mostly abuse (Spamhaus / Interisle tallies), a weak cue on their own. */
export const ABUSED_TLDS: ReadonlySet<string> = new Set([
  'xyz', 'top', 'click', 'link', 'buzz', 'icu', 'cyou', 'rest', 'monster', 'sbs', 'cfd', 'bond', 'quest', 'shop',
  'online', 'site', 'live', 'store', 'fun', 'tk', 'ml', 'ga', 'cf', 'gq', 'work', 'support', 'zip', 'mov', 'country',
  'kim', 'loan', 'win', 'date', 'racing', 'review', 'stream', 'download', 'bid', 'trade', 'party', 'science',
]);
