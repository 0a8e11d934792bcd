"""Fill the desktop's translation catalogues after ``make lupdate``.

    .venv/bin/python tools/fill_ts.py            # fill and check; exit 1 if a message lacks Chinese

zh_CN: every message gets its Chinese from ZH below (keyed by context and English source, or by
source alone when the words mean the same everywhere); order-state names come from
``app.rules.orders.STATUS_NAMES`` so the board and the rules never disagree.
en: the English sources are the translations (identity), marked finished.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.rules.orders import STATUS_NAMES  # noqa: E402

TS_DIR = ROOT / "resources" / "translations"

# Same words, same Chinese, whatever the context.
ZH: dict[str, str] = {
    # board columns and detail captions
    "Order": "订单号",
    "Status": "状态",
    "Service": "服务项目",
    "District": "区域",
    "Customer": "客户",
    "Address": "地址",
    "Provider": "服务人员",
    "Start": "预约时间",
    "Dispatch by": "派单截止",
    "Unassigned": "未派单",
    "%1 (Beijing time)": "%1（北京时间）",
    "Scheduled": "预约时段",
    "Price": "价格",
    "Timeline": "订单时间线",
    "Time": "时间",
    "Event": "事件",
    "Note": "备注",
    "Select an order to see its details.": "在左侧选择一个订单查看详情。",
    "Premium order": "优选订单",
    # timeline events (context OrderAction)
    "Created": "创建订单",
    "Accepted by provider": "服务人员已接单",
    "Provider on the way": "服务人员出发",
    "Service started": "开始服务",
    # roles
    "Dispatcher": "调度员",
    "Customer-care agent": "客服",
    "Reviewer": "审核员",
    "Trainer": "培训师",
    "Supervisor": "主管",
    "Administrator": "管理员",
    # provider levels
    "Junior": "初级",
    "Standard": "中级",
    "Senior": "高级",
    "Gold": "金牌",
    # assign dialog
    "Assign order %1": "派单 %1",
    "Choose who will serve order %1 (%2 providers).": "选择为订单 %1 服务的人员（共 %2 人）。",
    "Filter by name or code": "按姓名或工号筛选",
    "Assign": "派单",
    "No active provider offers this service.": "没有提供该服务的在岗人员。",
    "serves this district": "服务本区",
    # board page
    "Synchronising orders…": "正在同步订单…",
    "Dispatch board": "调度看板",
    "Unassign order": "取消派单",
    "Take order %1 away from %2 and put it back to pending?": (
        "将订单 %1 从 %2 名下撤回，改为待派单？"
    ),
    "Unassign %1": "取消派单 %1",
    "Cancel %1": "取消订单 %1",
    "Reloading the board from the local cache…": "正在从本地缓存重新加载看板…",
    "Assign %1 to %2": "派单 %1 → %2",
    "Synchronising orders… %1 received": "正在同步订单… 已接收 %1 条",
    "Assign…": "派单…",
    "Unassign": "取消派单",
    "Cancel order…": "取消订单…",
    "Search": "搜索",
    "Reload board": "重新加载",
    "Assign a provider to the selected order": "为选中的订单指派服务人员",
    "Take the provider off the selected order": "撤回选中订单的服务人员",
    "Cancel the selected order (a reason is required)": "取消选中的订单（须填写原因）",
    "Search the board": "搜索看板",
    "Reload the board from the local cache": "从本地缓存重新加载看板",
    "Showing %1 of %2 orders": "显示 %1 / 共 %2 单",
    "Select an order first.": "请先选择一个订单。",
    "Your role cannot change orders.": "您的角色无权修改订单。",
    "Unknown order state.": "未知的订单状态。",
    "Queued: %1": "已存入待发送，服务器确认后生效：%1",
    # cancel dialog
    "Cancel order %1": "取消订单 %1",
    "Why is order %1 cancelled? The reason is recorded and audited.": (
        "为什么取消订单 %1？取消原因将被记录并审计。"
    ),
    "Choose a reason…": "选择取消原因…",
    "Customer asked to cancel": "客户要求取消",
    "No provider available in time": "无法及时安排服务人员",
    "Duplicate order": "重复下单",
    "Customer unreachable": "联系不上客户",
    "Address outside the service area": "地址超出服务范围",
    "Details (required when no reason is chosen)": "详细说明（未选择原因时必填）",
    "Cancel order": "取消订单",
    "Keep order": "保留订单",
    "Unassign order…": "取消派单…",
    # errors
    "%1 seconds": "%1 秒",
    "%1 minutes": "%1 分钟",
    "Your session has ended. Please log in again.": "登录已失效，请重新登录。",
    "Wrong user name or password. Check both and try again.": "用户名或密码错误，请检查后重试。",
    "This account is locked after too many failed attempts. Try again in %1, "
    "or ask an administrator to unlock it.": (
        "登录失败次数过多，账号已被锁定。请在 %1后重试，或联系管理员解锁。"
    ),
    "Too many login attempts. Try again in %1.": "登录尝试过于频繁，请在 %1后重试。",
    "a few minutes": "几分钟",
    "The server's security certificate is not trusted, so the connection was stopped. "
    "Ask your administrator to install the company's CA certificate.": (
        "服务器的安全证书不受信任，连接已中止。请联系管理员安装公司的 CA 证书。"
    ),
    "Cannot reach the server at %1. Check the server address and your network connection.": (
        "无法连接服务器 %1。请检查服务器地址和网络连接。"
    ),
    "that address": "该地址",
    "The server is older than this app and cannot serve it. "
    "Ask your administrator to update the server.": (
        "服务器版本低于本客户端，无法提供服务。请联系管理员升级服务器。"
    ),
    "The server is newer than this app. Please install the latest version of Shangmen Desk.": (
        "服务器版本高于本客户端，请安装最新版上门服务运营台。"
    ),
    "The server and this app do not speak the same version.": "服务器与本客户端的接口版本不一致。",
    "Your account may not do this.": "您的账号无权执行此操作。",
    "The server ran into a problem. Try again in a moment.": "服务器出现问题，请稍后重试。",
    "Unexpected error: %1": "意外错误：%1",
    # filter bar and chips
    "All districts": "全部区域",
    "All services": "全部服务",
    "Any time": "全部时间",
    "Today": "今天",
    "Next 2 hours": "未来 2 小时",
    "Dispatch overdue": "派单超时",
    "Dispatch due within 30 min or overdue": "30分钟内须派单或已超时",
    "Search order, customer, address, provider — pinyin initials work (Ctrl+F)": (
        "搜索订单号、客户、地址、服务人员，支持拼音首字母（Ctrl+F）"
    ),
    "Show only this state (%1)": "只看此状态（%1）",
    "All %1": "全部 %1",
    # login
    "Shangmen Desk — Log in": "上门服务运营台 — 登录",
    "Shangmen Desk": "上门服务运营台",
    "On-site services operations console": "上门服务运营管理平台",
    "Choose a demo account…": "选择演示账号…",
    "User name": "用户名",
    "Password": "密码",
    "Remember me on this computer": "在这台电脑上记住我",
    "Server": "服务器",
    "The built-in demo server on this computer": "本机内置的演示服务器",
    "Demo account": "演示账号",
    "User": "用户",
    "Log in": "登录",
    "Resuming your session…": "正在恢复登录…",
    "Enter the server, your user name and your password.": "请填写服务器地址、用户名和密码。",
    "Connecting to the server…": "正在连接服务器…",
    "Your login cannot be remembered on this computer: %1": "无法在这台电脑上记住登录：%1",
    "no system keyring is available.": "系统钥匙串不可用。",
    # main window
    "Shangmen Desk — %1": "上门服务运营台 — %1",
    "Online": "在线",
    "Offline": "离线",
    "Last sync %1": "最近同步 %1",
    "Not synced yet": "尚未同步",
    "Feed lag %1": "数据延迟 %1",
    "Feed lag —": "数据延迟 —",
    "Waiting to send: %1": "待发送 %1",
    "Commands kept on this computer until the server confirms them": (
        "在服务器确认之前，操作指令保存在本机"
    ),
    "Logging out…": "正在退出登录…",
    "Session ended": "登录已结束",
    "Your session has ended (expired or signed out elsewhere). Please log in again. "
    "If a dialog is open, finish it first: what you enter there is kept and sent "
    "after you log in.": (
        "您的登录已结束（已过期或在别处退出），请重新登录。"
        "如有打开的对话框，请先完成：其中填写的内容会保留，并在您重新登录后发送。"
    ),
    "Shangmen": "上门",
    "Log out": "退出登录",
    "Log out and forget this computer's saved login": "退出登录，并清除本机保存的登录凭据",
    "Connecting…": "正在连接…",
    "Show the commands the server refused": "查看被服务器拒绝的操作",
    "Refused: %1": "被拒绝：%1",
    # problems panel
    "Commands not carried out — choose what to do with each": "未执行的操作 — 请逐条处理",
    "Command": "操作",
    "Problem": "问题",
    "Server now": "服务器当前状态",
    "Retry on the current version": "按最新版本重试",
    "Send the command again against what the server has now": "基于服务器当前的数据重新提交此操作",
    "Discard": "放弃",
    "Drop the command; the server's state stays": "放弃此操作，保留服务器上的状态",
    "Someone changed it first": "已被他人先行修改",
    "version %1": "版本 %1",
    "changed %1": "更新于 %1",
    # sync worker
    "Sync problem: %1": "同步出现问题：%1",
    # durations
    "%1 min": "%1分钟",
    "<1 min": "不足1分钟",
    "%1 h %2 min": "%1小时%2分",
    "%1 d %2 h": "%1天%2小时",
    "%1 left": "剩余 %1",
    "%1 overdue": "超时 %1",
    "%1 s": "%1 秒",
}

# Where one English word needs different Chinese in different places: (context, source).
ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    ("OrderStatus", en): zh for _status, (zh, en) in STATUS_NAMES.items()
}
ZH_IN_CONTEXT.update(
    {
        ("OrderAction", "Assigned"): "派单",
        ("OrderAction", "Unassigned"): "取消派单",
        ("OrderAction", "Completed"): "服务完成",
        ("OrderAction", "Cancelled"): "取消订单",
        ("ProblemsPanel", "Refused: %1"): "被拒绝：%1",
        ("MainWindow", "Refused: %1"): "被拒绝 %1",
        ("BoardPage", "Unassign order"): "取消派单",
        ("OrderBoardModel", "Status"): "状态",
        ("Pages", "Board"): "调度看板",
    }
)

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _load_area_catalogues() -> None:
    """Merge tools/ts_zh/<area>.py (each defines ZH and optionally ZH_IN_CONTEXT), so that
    every area of the app keeps its own Chinese next to the others without edit clashes."""
    import importlib.util

    for path in sorted((Path(__file__).parent / "ts_zh").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"ts_zh_{path.stem}", path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        ZH.update(getattr(module, "ZH", {}))
        ZH_IN_CONTEXT.update(getattr(module, "ZH_IN_CONTEXT", {}))


_load_area_catalogues()


def _messages(root: ET.Element) -> list[tuple[str, ET.Element]]:
    out = []
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        out.extend((name, m) for m in context.findall("message"))
    return out


def _set(message: ET.Element, text: str) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    kind = translation.get("type")
    if kind in ("vanished", "obsolete"):
        return
    translation.text = text
    translation.attrib.pop("type", None)


def fill(path: Path, language: str) -> list[str]:
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", language)
    missing: list[str] = []
    for context, message in _messages(root):
        source = message.findtext("source") or ""
        if language == "en":
            _set(message, source)
            continue
        zh = ZH_IN_CONTEXT.get((context, source)) or ZH.get(source)
        if zh is None:
            missing.append(f"{context}: {source!r}")
            continue
        _set(message, zh)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    missing = fill(TS_DIR / "shangmen_zh_CN.ts", "zh_CN")
    fill(TS_DIR / "shangmen_en.ts", "en")
    for line in missing:
        print(f"no Chinese for {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
