// Realistic Chinese names for seeded staff. Given names follow the fashion of
// the person's birth decade, so a 1965 检察官 is not called 梓萱.
import type { Rng } from "./random";

// Common surnames; the first ones are weighted up to mirror their frequency.
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

const SURNAME_WEIGHTS: readonly (readonly [string, number])[] = [...SURNAMES].map((s, i) => [
  s,
  i < 10 ? 6 : i < 30 ? 3 : "钱顾沈陆华".includes(s) ? 3 : 1, // 钱、顾、沈、陆 are common around Wuxi
]);

type Era = "old" | "middle" | "young";
export type Gender = "M" | "F";

const GIVEN: Record<Era, Record<Gender, string[]>> = {
  old: {
    M: "建国 建华 国平 卫东 志刚 国强 建军 永明 立新 振华 伟民 德明 文斌 海涛 国庆 建平 志明 荣生 金龙 卫国 建新 卫民 明华 永强 忠 勇 军 强 平 林 斌 刚 华 明 新民 国华 春生 锦华 振国 学军".split(
      " ",
    ),
    F: "红梅 秀英 桂芳 丽华 建英 玉兰 美华 秀珍 亚萍 晓红 丽娟 雪梅 凤英 素琴 惠芳 卫红 国英 春燕 爱华 丽萍 萍 芳 红 霞 英 敏 琴 玲 慧 燕".split(
      " ",
    ),
  },
  middle: {
    M: "晓峰 志强 海波 永刚 建伟 立军 俊峰 文杰 海峰 晓东 国栋 鹏飞 振宇 宏伟 剑锋 旭东 晨光 明亮 雪松 亚军 浩 磊 伟 斌 涛 军 勇 杰 超 峰 鹏 辉 亮 健 洋 毅 凯 晓明 俊 云飞".split(
      " ",
    ),
    F: "晓燕 丽丽 静 敏 艳 婷婷 雪 丽君 晓静 海燕 春梅 莉 慧敏 晓丽 燕 琳 颖 晶晶 娜 婧 蕾 倩 洁 文静 丹 晓雪 佳 欣 芸 露 月 珺 婷 洁琼 媛".split(
      " ",
    ),
  },
  young: {
    M: "子豪 宇航 思远 俊豪 一凡 泽宇 天宇 嘉诚 博文 睿 轩 昊天 逸飞 浩宇 家豪 晨阳 子轩 皓 鑫 哲 航 楠 骁 辰 宇 晟 文轩 子健 嘉伟 煜 铭 清扬 瑞 烨".split(
      " ",
    ),
    F: "雨婷 梦瑶 思雨 佳怡 雨欣 欣怡 子涵 诗琪 若曦 梓萱 一诺 佳琪 悦 妍 琪 瑶 怡 璐 雯 晨曦 雨桐 心怡 思佳 梦琪 雅雯 楚涵 沁 萌 可欣 钰 诗雨 嘉怡".split(
      " ",
    ),
  },
};

function eraOf(birthYear: number): Era {
  if (birthYear < 1976) return "old";
  if (birthYear < 1990) return "middle";
  return "young";
}

/**
 * A name not yet in `taken` (which it extends). Names are unique within the
 * seed so that pickers and search results are unambiguous.
 */
export function uniqueName(
  rng: Rng,
  gender: Gender,
  birthYear: number,
  taken: Set<string>,
): string {
  const pool = GIVEN[eraOf(birthYear)][gender];
  for (let attempt = 0; attempt < 1000; attempt++) {
    const name = rng.weighted(SURNAME_WEIGHTS) + rng.pick(pool);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error("ran out of unique names");
}

/** A name that may repeat: the scaled data (prisma/seed/scale) has more people than unique names. */
export function anyName(rng: Rng, gender: Gender, birthYear: number): string {
  return rng.weighted(SURNAME_WEIGHTS) + rng.pick(GIVEN[eraOf(birthYear)][gender]);
}
