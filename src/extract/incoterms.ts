/** Incoterms 2020 plus the older and informal spellings buyers still use, mapped to the code we report. */
export const INCOTERMS: ReadonlyArray<readonly [code: string, spellings: readonly string[]]> = [
  ['EXW', ['EXW', 'Ex Works', 'ExWorks']],
  ['FCA', ['FCA']],
  ['FAS', ['FAS']],
  ['FOB', ['FOB', 'F.O.B.', 'F.O.B', 'Free on Board']],
  ['CFR', ['CFR', 'C&F', 'CNF', 'C+F', 'C and F']],
  ['CIF', ['CIF', 'C.I.F.', 'C.I.F', 'CIF']],
  ['CPT', ['CPT']],
  ['CIP', ['CIP']],
  ['DAP', ['DAP']],
  ['DPU', ['DPU', 'DAT']],
  ['DDP', ['DDP', 'Delivered Duty Paid']],
  ['DDU', ['DDU']],
];

/**
 * Well-known seaports with their country. A port found here is accepted even in lower case
 * ("cif jebel ali"), and it tells us where the buyer receives goods.
 */
export const PORTS: ReadonlyArray<readonly [name: string, iso: string]> = [
  ['Shanghai', 'CN'], ['Ningbo', 'CN'], ['Shenzhen', 'CN'], ['Qingdao', 'CN'], ['Tianjin', 'CN'], ['Xiamen', 'CN'],
  ['Guangzhou', 'CN'], ['Dalian', 'CN'], ['Hong Kong', 'HK'], ['Singapore', 'SG'], ['Busan', 'KR'], ['Tokyo', 'JP'],
  ['Yokohama', 'JP'], ['Kaohsiung', 'TW'], ['Port Klang', 'MY'], ['Laem Chabang', 'TH'], ['Bangkok', 'TH'],
  ['Ho Chi Minh', 'VN'], ['Haiphong', 'VN'], ['Manila', 'PH'], ['Jakarta', 'ID'], ['Surabaya', 'ID'], ['Colombo', 'LK'],
  ['Chittagong', 'BD'], ['Karachi', 'PK'], ['Port Qasim', 'PK'], ['Mundra', 'IN'], ['Nhava Sheva', 'IN'], ['Chennai', 'IN'],
  ['Mumbai', 'IN'], ['Kolkata', 'IN'], ['Jebel Ali', 'AE'], ['Dubai', 'AE'], ['Sharjah', 'AE'], ['Abu Dhabi', 'AE'],
  ['Dammam', 'SA'], ['Jeddah', 'SA'], ['Hamad', 'QA'], ['Doha', 'QA'], ['Shuwaikh', 'KW'], ['Umm Qasr', 'IQ'],
  ['Bandar Abbas', 'IR'], ['Aqaba', 'JO'], ['Beirut', 'LB'], ['Mersin', 'TR'], ['Istanbul', 'TR'], ['Izmir', 'TR'],
  ['Alexandria', 'EG'], ['Port Said', 'EG'], ['Djibouti', 'DJ'], ['Mombasa', 'KE'], ['Dar es Salaam', 'TZ'],
  ['Durban', 'ZA'], ['Cape Town', 'ZA'], ['Lagos', 'NG'], ['Apapa', 'NG'], ['Tin Can', 'NG'], ['Tema', 'GH'],
  ['Abidjan', 'CI'], ['Dakar', 'SN'], ['Cotonou', 'BJ'], ['Lome', 'TG'], ['Lomé', 'TG'], ['Douala', 'CM'],
  ['Luanda', 'AO'], ['Casablanca', 'MA'], ['Tanger Med', 'MA'], ['Algiers', 'DZ'], ['Tunis', 'TN'], ['Rotterdam', 'NL'],
  ['Antwerp', 'BE'], ['Hamburg', 'DE'], ['Bremerhaven', 'DE'], ['Felixstowe', 'GB'], ['Southampton', 'GB'],
  ['Le Havre', 'FR'], ['Marseille', 'FR'], ['Valencia', 'ES'], ['Algeciras', 'ES'], ['Barcelona', 'ES'], ['Genoa', 'IT'],
  ['Piraeus', 'GR'], ['Gdansk', 'PL'], ['Constanta', 'RO'], ['Koper', 'SI'], ['Odessa', 'UA'], ['Novorossiysk', 'RU'],
  ['Vladivostok', 'RU'], ['St. Petersburg', 'RU'], ['Los Angeles', 'US'], ['Long Beach', 'US'], ['New York', 'US'],
  ['Savannah', 'US'], ['Houston', 'US'], ['Miami', 'US'], ['Vancouver', 'CA'], ['Montreal', 'CA'], ['Toronto', 'CA'],
  ['Santos', 'BR'], ['Buenos Aires', 'AR'], ['Callao', 'PE'], ['Valparaiso', 'CL'], ['San Antonio', 'CL'],
  ['Guayaquil', 'EC'], ['Cartagena', 'CO'], ['Buenaventura', 'CO'], ['Manzanillo', 'MX'], ['Veracruz', 'MX'],
  ['Colon', 'PA'], ['Sydney', 'AU'], ['Melbourne', 'AU'], ['Brisbane', 'AU'], ['Auckland', 'NZ'],
  ['上海', 'CN'], ['宁波', 'CN'], ['深圳', 'CN'], ['青岛', 'CN'], ['天津', 'CN'], ['厦门', 'CN'], ['广州', 'CN'],
];
