// npm run eval:warnings: the early-warning evaluation (issue 17 item 6).
// Generates synthetic histories (scripts/eval/synthetic.ts), runs the app's
// warning rule and the old one over them, and prints recall within one period,
// false alarms per department-year and median lead time, by drop size and
// department size. docs/sentiment-index.md keeps the table.
//
//   npm run eval:warnings                     2000 departments, seed 17: monthly and quarterly
//                                             pulses with liaison reports, and a monthly pulse alone
//   npm run eval:warnings -- --departments 500 --seed 3
import { generateHistories } from "./eval/synthetic";
import { evaluationTable } from "./eval/table";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const departments = arg("departments", 2000);
const seed = arg("seed", 17);

const WORLDS = [
  { title: "每月测评", pulseEvery: 1, liaison: true },
  { title: "每季度测评", pulseEvery: 3, liaison: true },
  { title: "每月测评，无信息员报告（指数只来自测评）", pulseEvery: 1, liaison: false },
];
for (const { title, pulseEvery, liaison } of WORLDS) {
  const histories = generateHistories({ seed, departments, pulseEvery, liaison });
  console.log(`\n## ${title}（${departments} 个部门 × 36 个月，种子 ${seed}）\n`);
  console.log(evaluationTable(histories));
}
