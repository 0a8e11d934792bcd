"""The Chinese prose of the demo: complaint summaries, handling notes, callback notes."""

from __future__ import annotations

from app.models.enums import CallbackOutcome
from app.models.enums import ComplaintCategory as K

SUMMARIES: dict[str, tuple[str, ...]] = {
    K.SAFETY: (
        "服务人员使用燃气灶后未关闭阀门，存在安全隐患",
        "维修后插座冒烟，客户担心起火",
        "服务人员未经允许带陌生人进入客户家中",
    ),
    K.THEFT: (
        "服务结束后发现家中首饰丢失，怀疑与服务人员有关",
        "客户称放在抽屉里的现金不见了",
    ),
    K.INJURY: (
        "护理过程中老人摔倒，手臂擦伤",
        "搬运家具时砸伤客户脚部",
        "月嫂给新生儿洗澡时水温过高，皮肤发红",
    ),
    K.QUALITY: (
        "保洁不彻底，厨房油污未清理",
        "空调清洗后仍有异味",
        "维修后热水器仍无法正常使用",
        "卫生间地面清洁后仍有水渍和头发",
        "服务时间不足，提前一小时离开",
    ),
    K.ATTITUDE: (
        "服务人员态度恶劣，与客户发生争执",
        "阿姨服务期间长时间打私人电话",
        "师傅说话不耐烦，拒绝解释收费项目",
    ),
    K.LATENESS: (
        "服务人员迟到四十分钟且未提前告知",
        "师傅迟到一个多小时，耽误客户上班",
    ),
    K.NO_SHOW: (
        "预约时间服务人员未上门，电话联系不上",
        "客户等待两小时无人上门，也未收到改期通知",
    ),
    K.PRICING: (
        "服务人员现场要求额外加价一百元",
        "实际收费与下单价格不符",
        "师傅私下收取材料费且不开收据",
    ),
    K.DAMAGE: (
        "清洁时打碎客户家中花瓶",
        "搬家过程中冰箱外壳刮花",
        "擦拭时损坏实木地板漆面",
    ),
    K.OTHER: (
        "客户对派单时间安排不满，希望更换固定服务人员",
        "客户反映下单后迟迟无人确认",
    ),
}

INVESTIGATION_NOTES: tuple[str, ...] = (
    "已联系服务人员了解情况，服务人员对部分事实有不同说法。",
    "已调取订单服务记录及到岗打卡时间。",
    "已与客户再次确认细节，并请客户提供照片。",
    "已转服务质量组核实，等待站点主管反馈。",
)

# substantiated (True / False / None) -> what the agent recorded as the resolution
RESOLUTIONS: dict[bool | None, tuple[str, ...]] = {
    True: (
        "经核实情况属实，已向客户致歉并退还本次服务费用",
        "经核实情况属实，已安排免费返工并赔偿客户损失",
        "经核实情况属实，已向客户致歉并补偿优惠券，服务人员已约谈",
    ),
    False: (
        "经核实与服务记录不符，已向客户说明情况",
        "经调查不属于服务人员责任，已向客户解释并致歉",
    ),
    None: (
        "双方说法不一且无法取证，已向客户致歉并补偿优惠券",
        "已与客户协商一致，给予部分退款",
    ),
}

CALLBACK_NOTES: dict[CallbackOutcome, tuple[str, ...]] = {
    CallbackOutcome.REACHED_SATISFIED: (
        "客户对处理结果表示满意",
        "客户表示认可，感谢平台及时处理",
    ),
    CallbackOutcome.REACHED_UNSATISFIED: (
        "客户对赔偿金额不满意，要求重新处理",
        "客户认为处理不公，要求主管介入",
    ),
    CallbackOutcome.UNREACHABLE: (
        "拨打客户电话无人接听",
        "客户手机关机，已发送短信告知处理结果",
        "电话占线，稍后再拨",
    ),
}

NO_SANCTION_NOTE = "处罚决定：情节轻微，口头提醒，不予处罚。"
RATING_WARNING = "近30天服务评分低于4.0分，且多次被客户差评，给予警告。"
APPEAL_STATEMENT = "本人对投诉事实有异议：当时已征得客户同意，恳请调取服务记录复核。"
