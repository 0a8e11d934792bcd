"""The certification reviewer's page (资质审核): queue, document viewer, decisions."""
