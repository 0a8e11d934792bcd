"""The administrator's page (管理员): staff accounts and the audit log."""
