/**
 * Certificates and marks buyers ask for. `exact` ones are short acronyms that are also ordinary
 * words or fragments ("ce" in French, "reach" in English), so they only count when written in
 * capitals as a separate word.
 */
export interface CertificateRule { name: string; pattern: string; exact: boolean }

const exact = (name: string, pattern = name): CertificateRule => ({ name, pattern, exact: true });
const loose = (name: string, pattern: string): CertificateRule => ({ name, pattern, exact: false });

export const CERTIFICATES: readonly CertificateRule[] = [
  exact('CE'), exact('FDA'), exact('UL'), exact('ETL'), exact('FCC'), exact('SGS'), exact('GOTS'), exact('BSCI'),
  exact('REACH'), exact('RoHS', 'ROHS|RoHS|Rohs'), exact('GMP'), exact('BRC'), exact('FSC'), exact('CB'), exact('SASO'),
  exact('SONCAP'), exact('KC'), exact('CCC'), exact('EAC'), exact('BIS'), exact('INMETRO'), exact('NSF'),
  exact('LFGB'), exact('CPSIA'), exact('CPSC'), exact('TUV', 'TUV|TÜV'), exact('SEDEX'), exact('WRAP'), exact('BRCGS'),
  exact('HACCP'), exact('COA'), exact('MSDS'), exact('SDS'), exact('IEC'), exact('UKCA'), exact('DOT'),
  exact('ECE'), exact('CPNP'), exact('IATF 16949', 'IATF\\s?16949'), exact('API', 'API\\s?(?:5L|5CT|6A|6D|600)'),
  loose('ISO 9001', 'iso\\s?9001'), loose('ISO 14001', 'iso\\s?14001'), loose('ISO 13485', 'iso\\s?13485'),
  loose('ISO 22000', 'iso\\s?22000'), loose('ISO 45001', 'iso\\s?45001'), loose('ISO 22716', 'iso\\s?22716'),
  loose('FSSC 22000', 'fssc\\s?22000'), loose('OEKO-TEX', 'oeko[\\s-]?tex'), loose('Halal', 'halal|حلال|清真'),
  loose('Kosher', 'kosher'), loose('EN 71', 'en\\s?71'), loose('ASTM', 'astm\\s?[a-z]?\\d{1,5}'),
  loose('Energy Star', 'energy\\s?star'), loose('USDA Organic', 'usda\\s?organic'), loose('Organic', 'organic certif\\w*|eu organic|ecocert'),
  loose('Certificate of Origin', 'certificate of origin|form [ae](?![\\p{L}])|certificado de origen|certificat d\'origine'),
  loose('Material certificate', 'material certificate|mill test certificate'),
  loose('Test report', 'test report|pressure test certificate|inspection certificate'),
];
