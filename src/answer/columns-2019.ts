/**
 * What the columns of table 二 in the 2019 format (国办公开办函〔2019〕60号, the reports for 2019 and 2020) mean, for
 * staff and citizens reading an old report: "“上一年项目数量”指的是什么", "本年新制作和本年新公开有啥区别". Facts of
 * the format itself (see parse/table2.ts for how they map onto the 2021 format's columns), not of any one report.
 */

/** The 2019 format, named. */
export const FORMAT_2019 = '这是2019年版年度报告格式（国办公开办函〔2019〕60号，用于2019、2020年度报告）表二的栏目；2021年起的格式（国办公开办函〔2021〕30号）改为“本年制发件数、本年废止件数、现行有效件数”和“本年处理决定数量”等。';

/** Each column: how it is said, its printed name, and what it counts. */
export const COLUMNS_2019: readonly { said: RegExp; name: string; meaning: string }[] = [
  { said: /上一?年(?:度)?项目数量?|上一年项目/, name: '上一年项目数量', meaning: '上一年度该类事项（如行政许可、行政处罚、行政事业性收费的事项）的项目数量——是事项的个数，不是作出决定的件数。' },
  { said: /本年(?:度)?增\/?减|增\/减|增减(?:数|量)?/, name: '本年增/减', meaning: '本年度该类事项比上一年增加或减少的项目数量，减少用负数表示（如 -8）。' },
  { said: /处理决定数量/, name: '处理决定数量', meaning: '本年度对该类事项作出的处理决定（办件）的数量。' },
  { said: /(?:本年)?新制作(?:数量)?/, name: '本年新制作数量', meaning: '本年度新制作（制定印发）的规章、规范性文件等的件数。' },
  { said: /(?:本年)?新公开(?:数量)?/, name: '本年新公开数量', meaning: '本年度新公开的件数；以前年度制作、本年才公开的文件也计入，所以可能与“本年新制作数量”不同。' },
  { said: /对外公开总数量?/, name: '对外公开总数量', meaning: '截至本年底累计对外公开（仍然有效）的件数，相当于2021年格式的“现行有效件数”。' },
  { said: /采购项目数量/, name: '采购项目数量', meaning: '本年度政府集中采购的项目数量。' },
  { said: /采购总金额/, name: '采购总金额', meaning: '本年度政府集中采购的总金额（单位以报告所印为准）。' },
];

/** The columns a message names, in the table's order. */
export function columnsNamed(text: string): readonly { name: string; meaning: string }[] {
  return COLUMNS_2019.filter((c) => c.said.test(text));
}
