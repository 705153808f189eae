const LEGAL_FORMS = /\b(?:co|company|corp|corporation|inc|incorporated|ltd|limited|llc|l\.l\.c|gmbh|ag|s\.?a|s\.?a\.?s|s\.?r\.?l|s\.?l|b\.?v|n\.?v|pty|plc|oy|ab|as|a\/s|sp\.? z o\.?o|kg|kft|srl|spa|sarl|trading|group|international|intl)\b\.?/g;

/** A company name reduced to what stays the same however a buyer writes it ("ACME Co., Ltd." = "Acme"). */
export function normaliseCompany(company: string): string {
  return company.toLowerCase().replace(LEGAL_FORMS, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
