/**
 * Quantity units as buyers write them, grouped by the normalised unit of `Quantity.unit`.
 * Latin and Cyrillic words need a word boundary after them; CJK and Arabic counters do not
 * (Chinese writes "5个单套" with no space), so they are kept apart.
 * Dimension units (mm, cm, inch, g, ml, oz) are deliberately absent: "900 mm" is a specification.
 */
export const WORD_UNITS: ReadonlyArray<readonly [unit: string, aliases: readonly string[]]> = [
  ['pcs', ['pcs', 'pc', 'pce', 'pces', 'piece', 'pieces', 'pz', 'pzs', 'pieza', 'piezas', 'pièce', 'pièces', 'piece(s)',
    'peça', 'peças', 'stück', 'stueck', 'stk', 'шт', 'штук', 'штуки', 'штука', 'adet', 'pezzi', 'pezzo', 'قطعة', 'قطع', 'حبة']],
  ['units', ['units', 'unit', 'unidades', 'unidad', 'unités', 'unité', 'einheiten', 'единиц', 'вдиниць', 'وحدة']],
  ['sets', ['sets', 'set', 'juegos', 'juego', 'ensembles', 'conjuntos', 'jogos', 'sätze', 'комплектов', 'комплекта', 'комплект', 'takım']],
  ['pairs', ['pairs', 'pair', 'pares', 'par', 'paires', 'paire', 'paar', 'пар', 'çift']],
  ['tons', ['metric tons', 'metric tonnes', 'tons', 'ton', 'tonnes', 'tonne', 'mt', 'mts', 'toneladas', 'tonelada', 'tonnen',
    'тонн', 'тонны', 'тонна', 'طن', 'أطنان']],
  ['kg', ['kg', 'kgs', 'kilo', 'kilos', 'kilograms', 'kilogrammes', 'kilogramos', 'кг', 'كيلو']],
  ['lbs', ['lb', 'lbs']],
  ['liters', ['liters', 'litres', 'liter', 'litre', 'litros', 'литров', 'l']],
  ['m2', ['m2', 'sqm', 'sq m', 'square meters', 'square metres', 'metros cuadrados']],
  ['m', ['meters', 'metres', 'meter', 'metre', 'metros', 'mètres', 'метров', 'm']],
  ['cartons', ['cartons', 'carton', 'ctns', 'ctn']],
  ['boxes', ['boxes', 'box', 'cajas', 'caja', 'boîtes', 'boîte', 'caixas', 'caixa', 'коробок', 'коробки']],
  ['bags', ['bags', 'bag', 'sacos', 'sacs', 'säcke', 'мешков']],
  ['rolls', ['rolls', 'roll', 'rollos', 'rouleaux', 'rollen', 'рулонов']],
  ['pallets', ['pallets', 'pallet', 'palets', 'palettes', 'paletten', 'паллет']],
  ['bottles', ['bottles', 'botellas', 'bouteilles', 'flaschen']],
  ['dozens', ['dozens', 'dozen', 'docenas', 'douzaines']],
  ['sheets', ['sheets', 'sheet']],
  ['barrels', ['barrels', 'bbl']],
  ['trucks', ['truckloads', 'trucks', 'truck loads']],
  ['drums', ['drums']],
  ['gallons', ['gallons']],
  ['mmbtu', ['mmbtu', 'dth']],
  ['containers', ['containers', 'container', 'fcl', 'contenedores', 'contenedor', 'conteneurs', 'conteneur', 'contêineres',
    'contêiner', 'контейнеров', 'контейнера', 'контейнер']],
];

export const CJK_UNITS: ReadonlyArray<readonly [unit: string, aliases: readonly string[]]> = [
  ['pcs', ['个', '件', '只', '支', '枚', '颗', '根', '片']],
  ['units', ['台']],
  ['sets', ['套']],
  ['pairs', ['双', '对']],
  ['tons', ['吨', '噸']],
  ['kg', ['公斤', '千克']],
  ['jin', ['斤']],
  ['m2', ['平方米', '平米']],
  ['m', ['米']],
  ['cartons', ['箱']],
  ['boxes', ['盒']],
  ['bags', ['袋', '包']],
  ['rolls', ['卷']],
  ['bottles', ['瓶']],
  ['containers', ['个柜', '柜']],
];

/** Units that count whole things or bulk cargo: the quantities a seller prices by. */
export const ORDER_UNITS: ReadonlySet<string> = new Set([
  'pcs', 'units', 'sets', 'pairs', 'tons', 'cartons', 'boxes', 'bags', 'rolls', 'pallets', 'dozens', 'sheets',
  'containers', 'containers_20ft', 'containers_40ft', 'containers_40hq', 'bottles', 'trucks', 'drums', 'barrels',
]);

export function unitFor(alias: string): string | null {
  const squashed = alias.toLowerCase().replace(/\s+/g, '');
  for (const [unit, aliases] of WORD_UNITS) if (aliases.some((a) => a.replace(/ /g, '') === squashed)) return unit;
  for (const [unit, aliases] of CJK_UNITS) if (aliases.includes(alias)) return unit;
  return null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (list: ReadonlyArray<readonly [string, readonly string[]]>): string[] =>
  list.flatMap(([, aliases]) => aliases).sort((a, b) => b.length - a.length);

export const WORD_UNIT_SOURCE = longestFirst(WORD_UNITS).map((a) => escape(a).replace(/ /g, '\\s?')).join('|');
export const CJK_UNIT_SOURCE = longestFirst(CJK_UNITS).map(escape).join('|');
