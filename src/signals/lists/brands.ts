/**
 * Brands that phishing imitates, with the registrable domains they really send from and link to.
 * A domain that carries the brand's name but is not in its list is a lookalike.
 */
export const BRANDS: Readonly<Record<string, readonly string[]>> = {
  alibaba: ['alibaba.com', 'alibaba-inc.com', 'alibabagroup.com', 'alicdn.com', 'aliyun.com', 'alibabacloud.com', '1688.com', 'alipay.com', 'taobao.com'],
  aliexpress: ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'],
  paypal: ['paypal.com', 'paypal.me', 'paypalobjects.com', 'paypal-communication.com'],
  microsoft: ['microsoft.com', 'office.com', 'office365.com', 'outlook.com', 'live.com', 'hotmail.com', 'sharepoint.com', 'onedrive.com', 'microsoftonline.com', 'azure.com', 'msn.com', 'bing.com', 'windows.net', 'skype.com'],
  office365: ['office.com', 'office365.com', 'microsoft.com'],
  outlook: ['outlook.com', 'live.com', 'microsoft.com', 'office.com'],
  onedrive: ['onedrive.com', 'live.com', 'microsoft.com'],
  sharepoint: ['sharepoint.com', 'microsoft.com'],
  dhl: ['dhl.com', 'dhl.de', 'dhl.co.uk', 'dhl.fr', 'dhlparcel.nl', 'dpdhl.com', 'deutschepost.de'],
  fedex: ['fedex.com'],
  maersk: ['maersk.com'],
  netflix: ['netflix.com'],
  apple: ['apple.com', 'icloud.com', 'me.com', 'mac.com'],
  icloud: ['icloud.com', 'apple.com'],
  amazon: ['amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.ca', 'amazon.co.jp', 'amazon.in', 'amazonaws.com', 'amazonses.com', 'media-amazon.com', 'ssl-images-amazon.com'],
  docusign: ['docusign.com', 'docusign.net'],
  adobe: ['adobe.com', 'adobelogin.com', 'adobesign.com'],
  wetransfer: ['wetransfer.com', 'we.tl'],
  dropbox: ['dropbox.com', 'dropboxmail.com'],
  google: ['google.com', 'gmail.com', 'googlemail.com', 'googleusercontent.com', 'googleapis.com', 'gstatic.com', 'youtube.com', 'google.co.uk'],
  facebook: ['facebook.com', 'fb.com', 'facebookmail.com', 'meta.com'],
  instagram: ['instagram.com', 'facebookmail.com'],
  whatsapp: ['whatsapp.com', 'whatsapp.net', 'wa.me'],
  linkedin: ['linkedin.com', 'licdn.com'],
  ebay: ['ebay.com', 'ebay.co.uk', 'ebay.de', 'ebaystatic.com', 'ebaydesc.com'],
  chase: ['chase.com', 'jpmorganchase.com', 'jpmorgan.com'],
  wellsfargo: ['wellsfargo.com', 'wf.com'],
  bankofamerica: ['bankofamerica.com', 'bofa.com'],
  citibank: ['citibank.com', 'citi.com', 'citigroup.com'],
  hsbc: ['hsbc.com', 'hsbc.co.uk', 'hsbc.com.hk', 'us.hsbc.com'],
  usps: ['usps.com'],
  coinbase: ['coinbase.com'],
  binance: ['binance.com'],
  metamask: ['metamask.io'],
  'made-in-china': ['made-in-china.com'],
  globalsources: ['globalsources.com'],
};

/** Brands that are common English words or appear in ordinary text; only domain lookalikes count for them. */
export const BRANDS_NOT_IN_NAMES: ReadonlySet<string> = new Set(['apple', 'amazon', 'chase', 'outlook', 'google', 'office365']);
