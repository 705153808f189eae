import type { TradeField } from './product.js';

/** Where a column's values go: a product field, a trade field, or a named attribute. */
export type Target =
  | { kind: 'title' | 'category' | 'brand' | 'description' | 'images' | 'attributes' }
  | { kind: 'trade'; field: TradeField }
  | { kind: 'attribute'; name: string };

/**
 * Header aliases, English and Chinese, as the platforms' exports and sellers' own sheets name them.
 * Matching ignores case, spaces, underscores and punctuation ("Product Name" = "product_name").
 */
const ALIASES: [Target, string[]][] = [
  [{ kind: 'title' }, ['title', 'product name', 'product title', 'name', 'item name', '产品名称', '产品标题', '商品名称', '商品标题', '标题', '品名']],
  [{ kind: 'category' }, ['category', 'product category', 'categories', 'category path', '类目', '产品类目', '商品类目', '分类', '产品分类']],
  [{ kind: 'brand' }, ['brand', 'brand name', '品牌', '品牌名称']],
  [{ kind: 'description' }, ['description', 'product description', 'about product', 'details', 'product details', '详细描述', '产品描述', '商品描述', '产品详情', '描述']],
  [{ kind: 'images' }, ['images', 'image', 'image urls', 'pictures', 'photos', 'image count', '图片', '产品图片', '主图', '图片数量']],
  [{ kind: 'attributes' }, ['attributes', 'product attributes', 'specification', 'specifications', 'product specification', 'technical details', 'key attributes', '属性', '产品属性', '商品属性', '规格参数', '产品参数']],
  [{ kind: 'trade', field: 'moq' }, ['moq', 'min order', 'minimum order', 'minimum order quantity', 'minimum to order', 'min order quantity', '最小起订量', '起订量', '最小订单量']],
  [{ kind: 'trade', field: 'price' }, ['price', 'fob price', 'unit price', 'selling price', 'list price', 'min price', 'max price', 'price range', '价格', 'fob价格', '单价', '价格区间', '最低价', '最高价']],
  [{ kind: 'trade', field: 'payment' }, ['payment', 'payment terms', 'payment term', 'payment method', '付款方式', '支付方式', '付款条件']],
  [{ kind: 'trade', field: 'supply' }, ['supply ability', 'supply capacity', 'supply', 'monthly supply', '供货能力', '供应能力', '月供应量']],
  [{ kind: 'trade', field: 'packaging' }, ['packaging', 'packaging details', 'package', 'packing', '包装', '包装方式', '包装详情']],
  [{ kind: 'trade', field: 'port' }, ['port', 'loading port', 'port of loading', '港口', '装运港', '发货港口']],
  [{ kind: 'trade', field: 'leadTime' }, ['lead time', 'delivery time', 'leadtime', 'production time', '交货期', '交期', '发货期', '生产周期']],
  [{ kind: 'attribute', name: 'Color' }, ['color', 'colour', '颜色']],
  [{ kind: 'attribute', name: 'Material' }, ['material', 'materials', '材质', '材料']],
  [{ kind: 'attribute', name: 'Size' }, ['size', '尺寸', '尺码']],
  [{ kind: 'attribute', name: 'Gender' }, ['gender', 'sex', '性别', '适用性别']],
  [{ kind: 'attribute', name: 'Capacity' }, ['capacity', 'volume', '容量']],
  [{ kind: 'attribute', name: 'Power' }, ['power', 'wattage', 'rated power', '功率']],
  [{ kind: 'attribute', name: 'Voltage' }, ['voltage', '电压']],
  [{ kind: 'attribute', name: 'Age' }, ['age', 'age group', 'age range', '适用年龄', '年龄段']],
  [{ kind: 'attribute', name: 'Pack count' }, ['pack count', 'pack size', 'quantity per pack', 'number of pieces', 'pieces', '件数', '每包数量']],
  [{ kind: 'attribute', name: 'Model' }, ['model', 'model number', 'model no', '型号']],
  [{ kind: 'attribute', name: 'Dimensions' }, ['dimensions', 'product dimensions', '产品尺寸']],
  [{ kind: 'attribute', name: 'Certifications' }, ['certifications', 'certification', 'certificates', '认证', '证书']],
  [{ kind: 'attribute', name: 'Keywords' }, ['keywords', 'keyword', 'main keyword', 'search keywords', '关键词', '主关键词']],
  [{ kind: 'attribute', name: 'Place of origin' }, ['place of origin', 'origin', '产地', '原产地']],
];

export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[\s_\-.:：()（）/]+/g, '');
}

const BY_HEADER = new Map<string, Target>(ALIASES.flatMap(([target, names]) => names.map((n) => [normalizeHeader(n), target] as [string, Target])));

export function targetOf(header: string): Target | undefined {
  return BY_HEADER.get(normalizeHeader(header));
}

/** The fields a listing needs (SPEC §7, seed 学会优化异常产品: trade information included), with their names. */
export const REQUIRED_FIELDS = ['title', 'category', 'attributes', 'description', 'images', 'moq', 'price', 'payment', 'supply', 'packaging', 'port', 'leadTime'] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

export const FIELD_LABEL: Readonly<Record<RequiredField, { zh: string; en: string }>> = {
  title: { zh: '标题', en: 'title' },
  category: { zh: '类目', en: 'category' },
  attributes: { zh: '产品属性', en: 'attributes' },
  description: { zh: '详细描述', en: 'description' },
  images: { zh: '图片', en: 'images' },
  moq: { zh: '最小起订量', en: 'MOQ' },
  price: { zh: '价格', en: 'price' },
  payment: { zh: '付款方式', en: 'payment terms' },
  supply: { zh: '供货能力', en: 'supply ability' },
  packaging: { zh: '包装方式', en: 'packaging' },
  port: { zh: '港口', en: 'port' },
  leadTime: { zh: '交货期', en: 'lead time' },
};
