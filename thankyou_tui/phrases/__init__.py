"""Shipped wording: phrase banks and word lists, as TOML content."""
