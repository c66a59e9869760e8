import { Card } from "@/components/ui/card";

/** What the system keeps, and what it does not, in plain words for the answerer. */
export function AnonymityNote() {
  return (
    <Card title="匿名说明">
      <ul className="list-disc space-y-2 pl-5 text-sm text-slate-700">
        <li>
          本测评为<strong>匿名测评</strong>
          。系统只保存一个经密钥处理的“已参加本轮”标记，用于防止重复作答；数据库中不记录参加人的姓名或账号。
        </li>
        <li>
          测评进行中，您的答卷<strong>整份加密封存</strong>
          ；测评结束后才汇总，答卷只保留部门分组和年龄层（老、中、青），且每种组合至少有 5
          份答卷，不足时并入“其他部门”或不区分年龄层，<strong>无法对应到个人</strong>
          。不记录作答时间和 IP 地址。
        </li>
        <li>
          人数较少的部门并入“其他部门”；任何结果都只按 <strong>5 人及以上</strong>
          的群体汇总显示，进行中的测评不显示结果。
        </li>
        <li>意见建议加密保存，只在作答满 5 人时不署名地列出。请不要写入可识别您身份的内容。</li>
      </ul>
    </Card>
  );
}
