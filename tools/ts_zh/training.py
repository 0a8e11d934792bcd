"""Chinese for the trainer's page (app/views/training), merged by tools/fill_ts.py. Session
states, criteria and result reasons come from app.rules.training in both languages."""

from __future__ import annotations

ZH: dict[str, str] = {}

_BY_CONTEXT: dict[str, dict[str, str]] = {
    "Pages": {
        "Training and assessment": "培训考核",
        "Training": "培训",
    },
    "TrainingLabels": {
        "Scheduled": "已排期",
        "In progress": "进行中",
        "Completed": "已结束",
        "Cancelled": "已取消",
        "Seated": "已入座",
        "Waiting list": "候补",
        "Withdrawn": "已退出",
        "Pass": "合格",
        "Fail": "不合格",
        "Present": "出勤",
        "Absent": "缺勤",
    },
    "TrainingSessions": {
        "Time": "时间",
        "Course": "课程",
        "Location": "地点",
        "State": "状态",
        "Seated / capacity": "入座 / 名额",
        "Waiting": "候补",
        "Another trainer's session": "其他培训师的场次",
        "%1 (retraining)": "%1（停单复训）",
    },
    "TrainingRoster": {
        "Trainee": "学员",
        "Enrolment": "报名",
        "Present": "出勤",
        "Absent": "缺勤",
        "Waiting #%1": "候补第 %1 位",
    },
    "TrainingGrid": {
        "0–5 points": "0–5 分",
        "1 pass / 0 fail": "1 合格 / 0 不合格",
        "%1; weight %2": "%1；权重 %2",
        "minimum %1: below it fails the practical": "最低 %1：低于此值实操不合格",
        "Pass": "合格",
        "Fail": "不合格",
        "Trainee": "学员",
        "Theory (pass %1)": "理论（≥%1）",
        "Practical (pass %1)": "实操（≥%1）",
        "Result": "结果",
        "Not scored yet": "尚未评分",
        "0–100; type the digits": "0–100；直接输入数字",
        "signed": "已签署",
        "signing…": "签署中…",
        "absent": "缺勤",
        "Changed elsewhere: the server has theory %1, practical %2.": (
            "已在别处修改：服务器上理论 %1，实操 %2。"
        ),
        "Move to a score cell first (Tab or the arrows).": "请先移到成绩格（Tab 或方向键）。",
        "This assessment is signed: F2 amends it, with a reason.": (
            "该考核已签署：按 F2 提交修订并写明理由。"
        ),
        "amending": "修订中",
        "amendment sent": "修订已提交",
        "%1 is off this column's scale.": "%1 超出本列的分值范围。",
    },
    "ConflictBanner": {
        "%1's scores were changed elsewhere; yours are kept in red.": (
            "%1 的成绩已在别处被修改；您录入的成绩保留并以红色标出。"
        ),
        "Keep mine (send on the server's scores)": "保留我的（以服务器成绩为基础重新发送）",
        "Take the server's scores": "采用服务器的成绩",
        "Refused: %1": "被拒绝：%1",
        "The sign-off was not made: check the scores, then sign off again.": (
            "签署未完成：请核对成绩后重新签署。"
        ),
    },
    "ProviderRecordDialog": {
        "Certificate PDF…": "合格证明 PDF…",
        "The training certificate of the passed assessment selected": "所选合格考核的培训合格证明",
        "Save the training certificate": "保存培训合格证明",
        "certificate-%1.pdf": "培训合格证明-%1.pdf",
        "Training record": "培训记录",
        "Loading…": "正在加载…",
        "Course": "课程",
        "Passed": "取得时间",
        "Valid until": "有效期至",
        "Standing": "状态",
        "Date": "日期",
        "Location": "地点",
        "Enrolment": "报名",
        "Attendance": "考勤",
        "Theory": "理论",
        "Practical": "实操",
        "Result": "结果",
        "Amendments": "修订",
        "Transcript PDF…": "培训记录 PDF…",
        "Close": "关闭",
        "Training certificates": "培训合格证明",
        "Sessions and assessments": "培训与考核",
        "No expiry": "长期有效",
        "Save the training transcript": "保存培训记录",
        "training-%1-%2.pdf": "培训记录-%1-%2.pdf",
    },
    "TrainingRecord": {
        "Due within 60 days": "60天内到期",
        "Due within 30 days": "30天内到期",
        "Lapsed: recertify": "已过期，须复训",
        "Valid": "有效",
        "Draft": "草稿",
    },
    "AmendReason": {
        "Amend a signed assessment": "修订已签署的考核",
        "Why are %1's signed scores corrected? (kept on record)": (
            "为什么更正 %1 已签署的成绩？（理由将存档）"
        ),
    },
    "TrainingPage": {
        "Sessions": "场次",
        "Retraining queue": "复训名单",
        "Recertification": "复训认证",
        "Amend… (F2)": "修订… (F2)",
        "Save amendment…": "保存修订…",
        "Only a signed assessment is amended; a draft is edited directly.": (
            "只有已签署的考核需要修订；草稿可直接修改。"
        ),
        "An amendment of this assessment is on its way.": "该考核的修订正在提交。",
        "Type the corrections, then F2 again; Esc puts the signed scores back.": (
            "录入更正后再按 F2；按 Esc 恢复已签署的成绩。"
        ),
        "Nothing corrected yet (Esc to stop amending).": "尚未更正任何成绩（按 Esc 退出修订）。",
        "Amend · %1 · %2": "修订 · %1 · %2",
        "Sign-in sheet PDF…": "签到表 PDF…",
        "Training record… (Ctrl+R)": "培训记录… (Ctrl+R)",
        "Select a trainee first.": "请先选择学员。",
        "Save the sign-in sheet": "保存签到表",
        "sign-in-%1-%2.pdf": "签到表-%1-%2.pdf",
        "%1 draft(s) queued; they are sent as soon as the server is reachable.": (
            "已排队 %1 份草稿；连上服务器后立即发送。"
        ),
        "%1 of my sessions · %2 in all (30 days back, 60 ahead)": (
            "我的场次 %1 · 共 %2（前 30 天至后 60 天）"
        ),
        "%1 pass · %2 fail · %3 not scored · %4 unsaved": (
            "合格 %1 · 不合格 %2 · 未评分 %3 · 未保存 %4"
        ),
        "%1 seated · %2 absent": "入座 %1 · 缺勤 %2",
        "Attendance is taken once the session has started.": "场次开始后才能登记考勤。",
        "Attendance · %1 %2": "考勤 · %1 %2",
        "Attendance": "考勤",
        "Complete session": "结束场次",
        "Enter the theory score of %1 first.": "请先录入 %1 的理论成绩。",
        "Every assessment of this session is signed.": "本场次的考核已全部签署。",
        "Everyone is present unless you tick them off (Space toggles).": (
            "默认全员出勤，只需标出例外（空格键切换）。"
        ),
        "Keep editing": "继续修改",
        "Nobody is seated on this session.": "本场次没有入座学员。",
        "Not possible for a session that is %1.": "场次%1，不能执行此操作。",
        "Nothing changed since the last save.": "自上次保存以来没有修改。",
        "Save attendance": "保存考勤",
        "Save draft (Ctrl+S)": "保存草稿 (Ctrl+S)",
        "Scores are signed once the session has started.": "场次开始后才能签署成绩。",
        "Scores · %1 · %2": "成绩 · %1 · %2",
        "Scoring": "评分",
        "Select a session first.": "请先选择场次。",
        "Select a session": "请选择场次",
        "Settle the scores changed elsewhere first.": "请先处理在别处被修改的成绩。",
        "Sign off %1 assessment(s) of %2 (%3 fail)? Signed results are locked; a correction "
        "then needs an amendment with a reason.": (
            "签署 %2 的 %1 份考核（其中 %3 份不合格）？签署后成绩锁定，更正须提交修订并写明理由。"
        ),
        "Sign off session…": "签署本场次…",
        "Sign off the session": "签署场次",
        "Sign off · %1 %2": "签署 · %1 %2",
        "Sign off": "签署",
        "Start session": "开始场次",
        "Type digits to score; Enter or Tab: next score; Backspace: clear. * marks a criterion "
        "whose minimum fails the practical.": (
            "直接输入数字评分；Enter 或 Tab：下一项；Backspace：清除。"
            "带 * 的项目未达最低分即实操不合格。"
        ),
        "Unknown session state.": "未知的场次状态。",
        "Queued: %1": "已排队：%1",
    },
    "TrainingStatus": {
        "no session scheduled": "暂无排期场次",
        "next session %1, %2": "下一场 %1，%2",
        "%1: not passed; %2": "%1：未通过；%2",
        "%1: lapsed on %2; %3": "%1：已于 %2 到期；%3",
        "%1: passed": "%1：已通过",
        "%1: passed, recertification due by %2": "%1：已通过，须于 %2 前复训认证",
        "%1: passed, valid until %2": "%1：已通过，有效期至 %2",
        "Retraining hold: passed, dispatchable again": "停单复训：已通过考核，可重新派单",
        "Retraining hold: enrolled in the session of %1, %2": "停单复训：已报名 %1 场次，%2",
        "Retraining hold: not enrolled yet; %1": "停单复训：尚未报名；%1",
        " (%1 failed attempts)": "（已 %1 次未通过）",
        "No training needed for this service": "该服务无需培训",
    },
    "TrainingQueues": {
        "Provider": "服务人员",
        "Course": "课程",
        "Since / valid until": "处罚日期 / 有效期至",
        "Booked on": "已报名场次",
        "due within 60 days": "60 天内到期",
        "due within 30 days": "30 天内到期",
        "lapsed": "已过期",
        " (full: waiting list)": "（已满：进候补）",
        " · %1 failed": " · 未通过 %1 次",
        "not booked": "未报名",
        "Enrol in session": "报名该场次",
        "Select a provider.": "请先选择服务人员。",
        "Already booked on a session.": "已报名场次。",
        "No session of this course is scheduled ahead.": "该课程暂无后续场次。",
        "Enrol %1 in %2": "为 %1 报名 %2",
        "Queued: %1": "已排队：%1",
        "Providers on a retraining hold: passing the retraining lifts the hold.": (
            "停单复训中的服务人员：通过复训考核即解除停单。"
        ),
        "Training certificates ending within 60 days, or lapsed.": (
            "60 天内到期或已过期的培训合格证明。"
        ),
    },
    "OrderDetailPanel": {
        "Training": "培训",
    },
}

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    (context, source): zh for context, table in _BY_CONTEXT.items() for source, zh in table.items()
}
