// The intranet columns (专栏): 两学一做, 司法责任制改革 and 检察文化, with
// articles over the two demo years (a few in Markdown) and read records for a
// realistic share of staff: recent and required-reading pieces are read by
// more people, older ones by fewer. The 司法责任制改革 column's page links to
// the 政策解读 FAQ of the consultation desk (seeded in consult.ts) rather than
// copying its entries here.
import type { Tx } from "../../lib/db-client";
import { DEMO_ACCOUNTS } from "./accounts";
import { SEED_REFERENCE_DATE, shanghaiDate, storyText } from "./clock";
import type { Organisation } from "./org";
import { Rng, stableId } from "./random";

type SeedArticle = {
  key: string;
  date: [number, number, number];
  title: string;
  body: string;
  markdown?: boolean;
  required?: boolean;
};
type SeedColumn = {
  key: string;
  name: string;
  slug: string;
  description: string;
  articles: SeedArticle[];
};

const COLUMNS: SeedColumn[] = [
  {
    key: "study",
    name: "两学一做",
    slug: "two-studies",
    description: "学党章党规、学系列讲话，做合格党员。学习安排、辅导材料与支部动态。",
    articles: [
      {
        key: "s1",
        date: [2024, 11, 12],
        required: true,
        title: "关于推进“两学一做”学习教育常态化制度化的实施方案",
        markdown: true,
        body: "# 实施方案\n\n根据上级院党组部署，结合我院实际，制定本方案。\n\n## 一、总体要求\n\n以**党支部为基本单位**，以**“三会一课”等党的组织生活为基本制度**，推动学习教育融入日常、抓在经常。\n\n## 二、主要内容\n\n1. 学党章党规，做到明底线、知敬畏；\n2. 学系列讲话，做到学思践悟、知行合一；\n3. 做合格党员，立足检察岗位创先争优。\n\n## 三、工作要求\n\n- 各支部每月至少开展 **1 次** 集中学习；\n- 党员每季度撰写学习心得不少于 1 篇；\n- 政治处每半年通报一次落实情况。",
      },
      {
        key: "s2",
        date: [2025, 1, 8],
        title: "第一党支部开展“重温入党誓词”主题党日活动",
        body: "1月7日，第一党支部组织全体党员赴市革命历史纪念馆开展主题党日活动。\n\n在鲜红的党旗下，全体党员举起右拳，重温入党誓词。随后，大家参观了馆内陈列，详细了解了本地革命先烈的英勇事迹。\n\n支部书记在活动小结中指出，要把参观学习的感悟转化为做好本职工作的实际行动，以高质效办好每一个案件。",
      },
      {
        key: "s3",
        date: [2025, 3, 20],
        title: "院党组书记、检察长讲专题党课",
        body: "3月19日下午，院党组书记、检察长以“坚定理想信念 践行初心使命”为题，为全院党员干警讲授专题党课。\n\n党课从理想信念、宗旨意识、担当作为三个方面展开，结合近年来检察工作实际和身边典型案例，深入浅出，发人深省。\n\n全院党员干警参加，党课后各支部分别组织了交流讨论。",
      },
      {
        key: "s4",
        date: [2025, 6, 28],
        title: "我院召开庆祝建党104周年暨“两优一先”表彰大会",
        body: "6月27日，我院召开庆祝中国共产党成立104周年暨“两优一先”表彰大会。\n\n大会表彰了优秀共产党员8名、优秀党务工作者2名、先进基层党组织1个。受表彰代表作了交流发言。\n\n会议号召全院党员干警以先进为榜样，立足岗位、担当作为。",
      },
      {
        key: "s5",
        date: [2025, 10, 15],
        required: true,
        title: "党员学习心得撰写要求及优秀心得选登（第三季度）",
        markdown: true,
        body: "## 撰写要求\n\n- 紧扣当季学习专题，**联系思想和工作实际**；\n- 字数 800 字以上，杜绝照搬照抄；\n- 于季度末月 25 日前提交所在支部。\n\n## 优秀心得选登\n\n> 办案不是简单的“走程序”，每一份文书背后都是当事人的切身利益。——第二支部 党员\n\n> 把学习成果转化为办案质效，才是检验学习的标准。——第四支部 党员\n\n以上心得全文可在个人学习记录中查阅。",
      },
      {
        key: "s6",
        date: [2026, 4, 10],
        title: "第三党支部与社区党委开展联学共建",
        body: "4月9日，第三党支部与辖区街道社区党委签订联学共建协议，并开展首次联合学习。\n\n双方围绕“检察为民办实事”进行交流，支部党员为社区居民提供了法律咨询服务，现场解答问题二十余个。",
      },
      {
        key: "s7",
        date: [2026, 9, 25],
        title: "2026年度党员民主评议工作安排",
        required: true,
        body: "根据《中国共产党党员教育管理工作条例》，现就2026年度民主评议党员工作安排如下：\n\n一、时间：10月中旬至11月中旬。\n二、程序：个人自评、党员互评、民主测评、组织评定。\n三、要求：各支部要认真开好组织生活会，严肃认真开展批评与自我批评。\n\n请各支部于11月20日前将评议结果报政治处。",
      },
    ],
  },
  {
    key: "reform",
    name: "司法责任制改革",
    slug: "judicial-reform",
    description: "员额制、办案责任制与检察官权力清单。常见问题见“政策解读 FAQ”。",
    articles: [
      {
        key: "r1",
        date: [2024, 12, 3],
        required: true,
        title: "司法责任制改革政策解读（一）：什么是员额制",
        markdown: true,
        body: "## 员额制是什么\n\n员额制是指依据案件数量、辖区人口等因素，确定检察官员额数量，**只有入额的检察官才能独立办案**。\n\n## 入额的基本条件\n\n1. 具有检察官法规定的任职条件；\n2. 从事检察业务工作满规定年限；\n3. 近三年年度考核均为称职以上。\n\n## 常见疑问\n\n更多问题请查阅本专栏页面的 [政策解读 FAQ](/consult/faq)，或通过“改革咨询”向政治处提问。",
      },
      {
        key: "r2",
        date: [2025, 2, 14],
        required: true,
        title: "关于开展首批检察官入额遴选工作的通知",
        body: "根据省院统一部署，我院首批检察官入额遴选工作即日启动。\n\n一、报名时间：2025年2月17日至2月28日。\n二、考核方式：笔试、业绩考核、面试，三项按权重计算总成绩。\n三、报名方式：符合条件人员在“入额管理”中在线报名。\n\n对政策有疑问的，可通过“改革咨询”提出，政治处将在24小时内答复。",
      },
      {
        key: "r3",
        date: [2025, 4, 2],
        title: "检察官权力清单（试行）发布",
        body: "经院党组研究，《检察官权力清单（试行）》自即日起施行。\n\n清单明确了检察长、检察委员会、检察官各自的职责权限，划分了检察官独立决定事项和须报请决定事项。\n\n各部门要组织干警认真学习，严格按照清单履职。",
      },
      {
        key: "r4",
        date: [2025, 7, 18],
        title: "首批入额检察官名单公示结果及后续安排",
        body: "首批入额检察官公示期已满，公示期间未收到异议。\n\n入额检察官将于8月上旬参加宣誓仪式。未入额人员可通过“改革咨询”了解后续遴选安排和个人发展路径，政治处将逐一谈心谈话。",
      },
      {
        key: "r5",
        date: [2025, 11, 6],
        title: "办案质量终身负责制与错案责任追究解读",
        body: "司法责任制的核心是“谁办案谁负责、谁决定谁负责”。\n\n检察官在职责范围内对办案质量终身负责。对于故意违反法律法规或因重大过失导致案件错误并造成严重后果的，依法追究责任；对于因认识分歧、法律理解不同等造成的，不承担错案责任。\n\n正确理解责任边界，有助于检察官依法独立履职、敢于担当。",
      },
      {
        key: "r6",
        date: [2026, 3, 12],
        title: "检察官助理、书记员职责规范（修订）",
        body: "为配合员额制改革，政治处会同各业务部门修订了《检察官助理、书记员职责规范》。\n\n修订后的规范细化了检察官助理在证据审查、文书起草方面的职责，明确了书记员在案件流程管理中的工作要求。\n\n全文已印发各部门。",
      },
      {
        key: "r7",
        date: [2026, 8, 20],
        title: "员额检察官退出机制政策解读",
        markdown: true,
        body: "## 哪些情形应当退出员额\n\n- 调离办案岗位、到综合部门任职的；\n- **办案数量、质量达不到考核要求**的；\n- 因违纪违法受到处分，不适宜继续办案的。\n\n## 退出程序\n\n1. 部门提出意见；\n2. 政治处审核；\n3. 院党组研究决定，并报上级院备案。\n\n更多问答见 [政策解读 FAQ](/consult/faq)。",
      },
    ],
  },
  {
    key: "culture",
    name: "检察文化",
    slug: "procuratorial-culture",
    description: "检察文化建设、干警风采与读书分享。",
    articles: [
      {
        key: "c1",
        date: [2024, 11, 28],
        title: "“东林法学社”读书分享会第一期举行",
        body: "11月27日晚，青年干警自发组织的“东林法学社”举行第一期读书分享会。\n\n五名青年干警分别分享了近期阅读的法学专著和文学作品，大家围绕“法律与情理”展开讨论，气氛热烈。\n\n法学社计划每月举办一期，欢迎干警踊跃参加。",
      },
      {
        key: "c2",
        date: [2025, 1, 24],
        title: "迎新春书法作品展",
        body: "为营造欢乐祥和的节日氛围，院工会在一楼大厅举办迎新春书法作品展，共展出干警及家属作品36幅。\n\n作品内容以廉洁自律、公正司法为主题，展现了检察干警积极向上的精神风貌。",
      },
      {
        key: "c3",
        date: [2025, 5, 16],
        title: "我院干警在全市检察机关演讲比赛中获一等奖",
        body: "5月15日，全市检察机关“我为群众办实事”主题演讲比赛举行。我院第二检察部干警以《一份不起诉决定书背后的温度》为题参赛，获得一等奖。",
      },
      {
        key: "c4",
        date: [2025, 9, 10],
        title: "检察文化长廊建设方案征求意见",
        markdown: true,
        body: "## 建设目标\n\n打造集**院史展示、廉政教育、文化展示**于一体的文化长廊。\n\n## 拟设板块\n\n| 板块 | 内容 |\n| --- | --- |\n| 院史 | 建院以来的重要节点与老照片 |\n| 廉政 | 警示教育与家风家训 |\n| 风采 | 先进典型与干警作品 |\n\n请于9月30日前通过“改革咨询”或直接向政治处反馈意见。",
      },
      {
        key: "c5",
        date: [2026, 1, 16],
        title: "2025年度“检察之星”风采展示",
        body: "经各部门推荐、评审委员会评议和院党组审定，评选出2025年度“检察之星”5名。\n\n他们中有扎根基层、办案数量全院第一的员额检察官，有默默奉献的书记员，也有守护院区安全二十年的司法警察。本栏将陆续刊发他们的事迹。",
      },
      {
        key: "c6",
        date: [2026, 5, 30],
        title: "“家风家训”征文活动获奖作品选登",
        body: "院机关党委组织开展的“家风家训”征文活动共收到征文42篇，评出一等奖2篇、二等奖5篇、三等奖8篇。\n\n本期选登一等奖作品《父亲的账本》。文章讲述了作者父亲三十年如一日记家庭账本、教育子女清白做人的故事，朴实感人。",
      },
      {
        key: "c7",
        date: [2026, 10, 22],
        title: "院史陈列室资料征集启事",
        body: "为建设院史陈列室，现面向全院干警、离退休老同志征集院史资料。\n\n征集范围：各时期的照片、文书（已解密）、证章、奖状、工作笔记等实物和资料。\n\n联系人：政治处。征集截止日期：2026年12月31日。",
      },
    ],
  },
];

const DAY = 24 * 3600_000;

export async function seedColumns(
  tx: Tx,
  org: Organisation,
): Promise<{ columns: number; articles: number; reads: number }> {
  const rng = new Rng(20240501);
  const testOnly = new Set(DEMO_ACCOUNTS.filter((a) => a.e2eOnly).map((a) => a.username));
  const office = org.users.filter(
    (u) => u.roles.includes("POLITICAL_OFFICE") && !testOnly.has(u.username),
  );
  const readers = org.users.filter(
    (u) => !testOnly.has(u.username) && u.roles.some((r) => r !== "SYS_ADMIN" && r !== "AUDITOR"),
  );
  const author = office.find((u) => u.username === "zzc") ?? office[0];
  if (!author) throw new Error("seed columns: no 政治处 author");

  let articleCount = 0;
  const reads: { articleId: string; userId: string; readAt: Date }[] = [];
  for (const [ci, col] of COLUMNS.entries()) {
    const columnId = stableId(`column:${col.key}`);
    await tx.column.create({
      data: {
        id: columnId,
        name: col.name,
        slug: col.slug,
        description: col.description,
        sortOrder: (ci + 1) * 10,
        createdAt: shanghaiDate(2024, 11, 1),
      },
    });
    for (const a of col.articles) {
      const id = stableId(`article:${a.key}`);
      const publishedAt = new Date(shanghaiDate(...a.date).getTime() + rng.int(0, 8) * 3600_000);
      const ageDays = (SEED_REFERENCE_DATE.getTime() - publishedAt.getTime()) / DAY;
      // Share of staff who read it: required reading more, very recent pieces less (not yet seen).
      const share =
        Math.min(0.9, (a.required ? 0.7 : 0.35) + rng.float() * 0.15) * (ageDays < 14 ? 0.4 : 1);
      const who = rng
        .shuffle(readers.filter((u) => u.id !== author.id))
        .slice(0, Math.round(readers.length * share));
      let views = 0;
      for (const u of who) {
        const readAt = new Date(
          Math.min(
            SEED_REFERENCE_DATE.getTime() - 3600_000,
            publishedAt.getTime() + rng.int(1, Math.max(2, Math.min(ageDays, 30) * 24)) * 3600_000,
          ),
        );
        reads.push({ articleId: id, userId: u.id, readAt });
        views += rng.chance(0.2) ? rng.int(2, 3) : 1;
      }
      await tx.article.create({
        data: {
          id,
          columnId,
          title: storyText(a.title, a.date),
          format: a.markdown ? "MARKDOWN" : "TEXT",
          body: storyText(a.body, a.date),
          authorId: author.id,
          publishedAt,
          updatedAt: publishedAt,
          viewCount: views,
        },
      });
      articleCount++;
    }
  }
  for (let i = 0; i < reads.length; i += 500)
    await tx.articleRead.createMany({ data: reads.slice(i, i + 500) });
  return { columns: COLUMNS.length, articles: articleCount, reads: reads.length };
}
