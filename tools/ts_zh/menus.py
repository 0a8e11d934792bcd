"""Chinese for the main window's menu bar, shortcuts list and About (app/views/menus.py)."""

from __future__ import annotations

ZH: dict[str, str] = {}

_MENUS: dict[str, str] = {
    "&Desk": "工作台(&D)",
    "Log out": "退出登录",
    "Quit": "退出程序",
    "&Pages": "页面(&P)",
    "&Actions": "操作(&A)",
    "This page has no actions": "此页面没有可用操作",
    "&Help": "帮助(&H)",
    "Keyboard shortcuts": "快捷键一览",
    "About Shangmen Desk": "关于上门服务运营台",
    "Shangmen Desk %1": "上门服务运营台 %1",
    "Server: %1": "服务器：%1",
    "Shangmen Desk — the operations desk for on-site home services": (
        "上门服务运营台 — 上门家政服务的运营后台"
    ),
    "Page": "页面",
    "Action": "操作",
    "Keys": "按键",
}

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {("Menus", en): zh for en, zh in _MENUS.items()}

ZH.update(
    {
        "Settings…": "设置…",
        "Settings": "设置",
        "Settings saved.": "设置已保存。",
        "A new language shows from your next login.": "新的界面语言将在下次登录时生效。",
        " pt": " 磅",
        "Sound when one of my tickets goes overdue": "我的工单超时时发出提示音",
        "Desktop notification when one of my tickets goes overdue": "我的工单超时时显示桌面通知",
        "Language": "界面语言",
        "Text size": "字号",
        "Overdue alerts": "超时提醒",
    }
)
