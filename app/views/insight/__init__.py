"""运营看板: the supervisors' operations dashboard and the daily report."""
