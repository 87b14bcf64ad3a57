"""The data layer: where files live, the TOML codec, the session store and the profile.

Never imports Textual.
"""
