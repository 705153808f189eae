import ExcelJS from 'exceljs';
import type { CatalogueSummary, ProductReport } from './diagnose.js';
import { evidenceText, fieldLabel, shortLabel } from './labels.js';

/** The check as a workbook a seller can sort and filter: one row per product, then the summary. */
export async function reportWorkbook(reports: readonly ProductReport[], summary: CatalogueSummary): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('产品 Products');
  sheet.columns = [
    { header: '行 Row', key: 'row', width: 8 },
    { header: '分数 Score', key: 'score', width: 10 },
    { header: '标题 Title', key: 'title', width: 60 },
    { header: '问题 Findings', key: 'findings', width: 40 },
    { header: '证据 Evidence', key: 'evidence', width: 60 },
    { header: '建议标题 Suggested title', key: 'suggestion', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of reports) {
    sheet.addRow({
      row: r.row,
      score: r.score,
      title: r.title,
      findings: r.findings.map((f) => `${shortLabel(f.id, 'zh')} ${shortLabel(f.id, 'en')}`).join('\n'),
      evidence: r.findings.map((f) => `${f.id}: ${evidenceText(f, 'zh')}`).join('\n'),
      suggestion: r.findings.find((f) => f.suggestion)?.suggestion ?? '',
    });
  }
  const totals = workbook.addWorksheet('汇总 Summary');
  totals.columns = [{ header: '项目 Item', key: 'item', width: 40 }, { header: '数量 Count', key: 'count', width: 12 }, { header: '说明 Notes', key: 'notes', width: 80 }];
  totals.getRow(1).font = { bold: true };
  totals.addRow({ item: '产品数 Products', count: summary.products });
  totals.addRow({ item: '平均分 Average score', count: summary.averageScore });
  for (const [id, n] of summary.byFinding) totals.addRow({ item: `${shortLabel(id, 'zh')} ${shortLabel(id, 'en')} (${id})`, count: n });
  if (summary.unknownColumns.length) totals.addRow({ item: '未识别的列 Unknown columns', count: summary.unknownColumns.length, notes: summary.unknownColumns.join(', ') });
  if (summary.absentFields.length) totals.addRow({ item: '缺少的列 Absent columns', count: summary.absentFields.length, notes: summary.absentFields.map((f) => `${fieldLabel(f, 'zh')} ${fieldLabel(f, 'en')}`).join(', ') });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
