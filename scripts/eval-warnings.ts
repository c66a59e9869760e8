// npm run eval:warnings: the early-warning evaluation (issue 17 item 6).
// Generates synthetic histories (scripts/eval/synthetic.ts), runs the app's
// warning rule and the old one over them, and prints recall within one period,
// false alarms per department-year and median lead time, by drop size and
// department size. docs/sentiment-index.md keeps the table.
//
//   npm run eval:warnings                     2000 departments, seed 17, monthly and quarterly pulses
//   npm run eval:warnings -- --departments 500 --seed 3
import { generateHistories } from "./eval/synthetic";
import { evaluationTable } from "./eval/table";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const departments = arg("departments", 2000);
const seed = arg("seed", 17);

for (const pulseEvery of [1, 3]) {
  const histories = generateHistories({ seed, departments, pulseEvery });
  console.log(
    `\n## ${pulseEvery === 1 ? "每月测评" : "每季度测评"}（${departments} 个部门 × 36 个月，种子 ${seed}）\n`,
  );
  console.log(evaluationTable(histories));
}
