"""Cross-source comparison: entities, aligned events, term variants, discrepancies, profiles."""
