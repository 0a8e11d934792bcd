"""The provider scorecard (服务人员档案): a non-modal dialog opened from wherever a provider
appears (board detail, assign dialog, complaint ticket, certification queue)."""
