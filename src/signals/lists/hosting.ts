/** Free hosting, file-share and form services phishing kits use for their landing pages. */
export const FREE_HOSTING_SUFFIXES: readonly string[] = [
  'firebaseapp.com', 'web.app', 'r2.dev', 'workers.dev', 'pages.dev', 'netlify.app', 'vercel.app', 'glitch.me',
  'github.io', 'gitbook.io', 'weebly.com', 'wixsite.com', 'square.site', 'webflow.io', '000webhostapp.com',
  'blogspot.com', 'sites.google.com', 'forms.gle', 'typeform.com', 'jotform.com', 'formstack.com',
  'ipfs.io', 'dweb.link', 'cloudflare-ipfs.com', 'ipfs.w3s.link', 'nftstorage.link', 'fleek.co',
  'repl.co', 'replit.app', 'herokuapp.com', 'azurewebsites.net', 'web.core.windows.net', 'blob.core.windows.net',
  'storage.googleapis.com', 'appspot.com', 'surge.sh', 'bit.ly', 'tinyurl.com', 'is.gd', 'cutt.ly', 'rebrand.ly',
  'shorturl.at', 't.ly', 'rb.gy', 'tiny.cc', 'ow.ly', 'buff.ly', 's.id', 'qrco.de', 'linktr.ee', 'mystrikingly.com',
  'canva.site', 'jimdosite.com', 'yolasite.com', 'site123.me', 'godaddysites.com', 'ukit.me', 'tilda.ws',
];

/** Top-level domains that carry mostly abuse (Spamhaus / Interisle tallies), a weak cue on their own. */
export const ABUSED_TLDS: ReadonlySet<string> = new Set([
  'xyz', 'top', 'click', 'link', 'buzz', 'icu', 'cyou', 'rest', 'monster', 'sbs', 'cfd', 'bond', 'quest', 'shop',
  'online', 'site', 'live', 'store', 'fun', 'tk', 'ml', 'ga', 'cf', 'gq', 'work', 'support', 'zip', 'mov', 'country',
  'kim', 'loan', 'win', 'date', 'racing', 'review', 'stream', 'download', 'bid', 'trade', 'party', 'science',
]);
