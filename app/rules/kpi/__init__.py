"""Operations KPIs (运营指标): one definition each, used by the dashboard, the daily report and
(later) the server's aggregates. Pure functions over plain facts built from rows; time is
always a parameter, days are Beijing days."""
