"""Services: each public function is one transaction that checks rules, writes rows,
appends to the change log and writes the audit log."""
